package id.slrt.caseengine.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IkmChartsTest {

    @Test
    void barsAreProportionalToTheNrrOnTheOneToFourScale() {
        IkmResult result = IkmCalculator.compute(60, IkmCalculatorTest.SUMS_89_21);
        List<IkmReport.ElementRow> rows = result.elements().stream()
                .map(e -> new IkmReport.ElementRow(e.element().name(), e.element().title(), e.nrr(), e.weightedNrr(),
                        e.convertedNrr(), e.band()))
                .toList();

        IkmCharts.BarChart chart = IkmCharts.nrrBars(rows);

        assertThat(chart.bars()).hasSize(9);
        double full = IkmCharts.HEIGHT - IkmCharts.TOP - IkmCharts.BOTTOM;
        IkmCharts.Bar u4 = chart.bars().get(3);
        assertThat(u4.height()).isCloseTo(full, org.assertj.core.data.Offset.offset(0.001));
        assertThat(u4.value()).isEqualTo("4,00");
        IkmCharts.Bar u8 = chart.bars().get(7);
        assertThat(u8.height()).isCloseTo(full * (3.1667 - 1) / 3, org.assertj.core.data.Offset.offset(0.01));
        assertThat(u8.band()).isEqualTo("B");
        assertThat(chart.guides()).extracting(IkmCharts.Guide::label).containsExactly("1", "2", "3", "4");
    }

    @Test
    void periodsWithoutAnswersBreakTheLineAndLongSeriesAreLabelledSparsely() {
        List<IkmReport.TrendPoint> trend = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            BigDecimal ikm = month == 5 ? null : new BigDecimal("80.00").add(BigDecimal.valueOf(month));
            trend.add(new IkmReport.TrendPoint("2026-%02d".formatted(month), "M" + month, ikm == null ? 0 : 10, ikm,
                    ikm == null ? null : IkmBand.of(ikm)));
        }

        IkmCharts.LineChart line = IkmCharts.ikmLine(trend);

        assertThat(line.segments()).hasSize(2);
        assertThat(line.segments().get(0).split(" ")).hasSize(4);
        assertThat(line.segments().get(1).split(" ")).hasSize(7);
        assertThat(line.points().get(4).y()).isNull();
        assertThat(line.points().get(11).labelled()).isTrue();
        assertThat(line.points().stream().filter(IkmCharts.Point::labelled).count()).isEqualTo(6);
        // A higher IKM is drawn higher up (smaller y).
        assertThat(line.points().get(11).y()).isLessThan(line.points().get(0).y());
        assertThat(line.bandLimits()).extracting(IkmCharts.Guide::label).containsExactly("A 88,31", "B 76,61", "C 65,00");
    }
}
