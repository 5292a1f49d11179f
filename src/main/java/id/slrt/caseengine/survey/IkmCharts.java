package id.slrt.caseengine.survey;

import id.slrt.caseengine.system.IndonesianNumbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Geometry of the report's two plain-SVG charts (no chart library, no script): bars of NRR per element on the
 * 1-4 scale, and a line of the IKM over periods on the 25-100 scale with the band limits drawn across.
 */
public final class IkmCharts {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 280;
    static final int LEFT = 44;
    static final int RIGHT = 12;
    static final int TOP = 16;
    static final int BOTTOM = 40;

    private IkmCharts() {
    }

    /** A bar (or an empty slot when nobody answered) with its label and value text. */
    public record Bar(String label, String title, double x, double y, double width, double height, String value,
                      String band) {
    }

    /** A horizontal guide line with its label, at a value of the chart's scale. */
    public record Guide(double y, String label) {
    }

    /** A point of the IKM line; {@code y} null leaves a gap. Long series label only every few points. */
    public record Point(double x, Double y, String label, String value, String band, boolean labelled) {
    }

    public record BarChart(List<Bar> bars, List<Guide> guides) {
    }

    public record LineChart(List<Point> points, List<String> segments, List<Guide> guides, List<Guide> bandLimits) {
    }

    public static BarChart nrrBars(List<IkmReport.ElementRow> elements) {
        double plotWidth = WIDTH - LEFT - RIGHT;
        double slot = plotWidth / elements.size();
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            IkmReport.ElementRow row = elements.get(i);
            double x = LEFT + i * slot + slot * 0.15;
            double width = slot * 0.7;
            if (row.nrr() == null) {
                bars.add(new Bar(row.code(), row.title(), x, yFor(1, 1, 4), width, 0, "-", null));
                continue;
            }
            double y = yFor(row.nrr().doubleValue(), 1, 4);
            bars.add(new Bar(row.code(), row.title(), x, y, width, yFor(1, 1, 4) - y,
                    decimal(row.nrr(), 2), row.band() == null ? null : row.band().name()));
        }
        List<Guide> guides = new ArrayList<>();
        for (int v = 1; v <= 4; v++) {
            guides.add(new Guide(yFor(v, 1, 4), String.valueOf(v)));
        }
        return new BarChart(bars, guides);
    }

    public static LineChart ikmLine(List<IkmReport.TrendPoint> trend) {
        // Inset the first and last point so that their labels stay inside the chart.
        double inset = 28;
        double plotWidth = WIDTH - LEFT - RIGHT - 2 * inset;
        double step = trend.size() > 1 ? plotWidth / (trend.size() - 1) : 0;
        int every = Math.max(1, (int) Math.ceil(trend.size() / 6.0));
        List<Point> points = new ArrayList<>();
        List<String> segments = new ArrayList<>();
        StringBuilder segment = new StringBuilder();
        for (int i = 0; i < trend.size(); i++) {
            IkmReport.TrendPoint t = trend.get(i);
            double x = LEFT + inset + (trend.size() > 1 ? i * step : plotWidth / 2);
            // Always label the last (chosen) period, then every few periods back from it.
            boolean labelled = (trend.size() - 1 - i) % every == 0;
            if (t.ikm() == null) {
                points.add(new Point(x, null, t.label(), "-", null, labelled));
                flush(segment, segments);
                continue;
            }
            double y = yFor(t.ikm().doubleValue(), 25, 100);
            points.add(new Point(x, y, t.label(), decimal(t.ikm(), 2), t.band().name(), labelled));
            segment.append(segment.isEmpty() ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
        }
        flush(segment, segments);
        List<Guide> guides = new ArrayList<>();
        for (int v = 25; v <= 100; v += 25) {
            guides.add(new Guide(yFor(v, 25, 100), String.valueOf(v)));
        }
        List<Guide> limits = List.of(
                new Guide(yFor(IkmBand.A.from().doubleValue(), 25, 100), "A " + decimal(IkmBand.A.from(), 2)),
                new Guide(yFor(IkmBand.B.from().doubleValue(), 25, 100), "B " + decimal(IkmBand.B.from(), 2)),
                new Guide(yFor(IkmBand.C.from().doubleValue(), 25, 100), "C " + decimal(IkmBand.C.from(), 2)));
        return new LineChart(points, segments, guides, limits);
    }

    private static void flush(StringBuilder segment, List<String> segments) {
        if (!segment.isEmpty()) {
            segments.add(segment.toString());
            segment.setLength(0);
        }
    }

    private static double yFor(double value, double min, double max) {
        double plotHeight = HEIGHT - TOP - BOTTOM;
        return TOP + plotHeight * (1 - (value - min) / (max - min));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String decimal(BigDecimal value, int scale) {
        return IndonesianNumbers.decimal(value, scale);
    }
}
