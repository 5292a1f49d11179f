package id.slrt.caseengine.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void monthsQuartersAndYearsParseWithIndonesianLabels() {
        ReportPeriod month = ReportPeriod.parse("2026-11");
        assertThat(month.start()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(month.end()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(month.label()).isEqualTo("November 2026");

        ReportPeriod quarter = ReportPeriod.parse("2024-q3");
        assertThat(quarter.start()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(quarter.end()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(quarter.label()).isEqualTo("Triwulan III 2024");
        assertThat(quarter.code()).isEqualTo("2024-Q3");

        ReportPeriod year = ReportPeriod.parse(" 2025 ");
        assertThat(year.start()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(year.label()).isEqualTo("Tahun 2025");
    }

    @Test
    void previousPeriodsCrossYearBoundaries() {
        assertThat(ReportPeriod.parse("2026-01").previous().code()).isEqualTo("2025-12");
        assertThat(ReportPeriod.parse("2026-Q1").previous().code()).isEqualTo("2025-Q4");
        assertThat(ReportPeriod.parse("2026").previous().code()).isEqualTo("2025");
        assertThat(ReportPeriod.containing(ReportPeriod.Type.QUARTER, LocalDate.of(2026, 9, 30)).code()).isEqualTo("2026-Q3");
        assertThat(ReportPeriod.parse("2026-08").label()).isEqualTo("Agustus 2026");
    }

    @Test
    void nonsenseIsRefusedWithTheAcceptedForms() {
        for (String bad : new String[] {"2026-13", "2026-Q5", "26", "November 2026", "", "2026-00"}) {
            assertThatThrownBy(() -> ReportPeriod.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> ReportPeriod.parse("x")).hasMessageContaining("TTTT-Qn");
    }
}
