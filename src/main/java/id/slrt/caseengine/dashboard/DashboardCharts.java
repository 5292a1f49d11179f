package id.slrt.caseengine.dashboard;

import id.slrt.caseengine.system.IndonesianDates;
import id.slrt.caseengine.system.IndonesianNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Geometry of the dashboard's plain-SVG chart (no chart library, no script): one bar per week with the share of
 * the cases closed that week that kept every deadline, on a 0-100 % scale; weeks without closures stay empty.
 */
public final class DashboardCharts {

    public static final int WIDTH = 760;
    public static final int HEIGHT = 260;
    static final int LEFT = 44;
    static final int RIGHT = 12;
    static final int TOP = 18;
    static final int BOTTOM = 44;

    private DashboardCharts() {
    }

    /** A week's bar; {@code height} 0 and {@code value} "-" when nothing closed. */
    public record Bar(double x, double y, double width, double height, String label, String value, String count,
                      String title, String level, boolean labelled) {
    }

    public record Guide(double y, String label) {
    }

    public record Chart(List<Bar> bars, List<Guide> guides) {
    }

    public static Chart onTimeShare(List<DashboardFigures.Week> weeks) {
        double plotWidth = WIDTH - LEFT - RIGHT;
        double slot = weeks.isEmpty() ? plotWidth : plotWidth / weeks.size();
        int every = Math.max(1, (int) Math.ceil(weeks.size() / 13.0));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            DashboardFigures.Week w = weeks.get(i);
            double x = LEFT + i * slot + slot * 0.15;
            double width = slot * 0.7;
            boolean labelled = (weeks.size() - 1 - i) % every == 0;
            String label = IndonesianDates.shortDay(w.start());
            if (w.onTimePercent() == null) {
                bars.add(new Bar(x, yFor(0), width, 0, label, "-", "", w.label() + ": tidak ada kasus selesai", null,
                        labelled));
                continue;
            }
            double share = w.onTimePercent().doubleValue();
            double y = yFor(share);
            String value = IndonesianNumbers.percent(w.onTimePercent());
            bars.add(new Bar(x, y, width, yFor(0) - y, label, value, "n=" + w.closed(),
                    w.label() + ": " + w.closedOnTime() + " dari " + w.closed() + " kasus tepat waktu (" + value + ")",
                    share >= 90 ? "good" : share >= 70 ? "fair" : "poor", labelled));
        }
        List<Guide> guides = new ArrayList<>();
        for (int v = 0; v <= 100; v += 25) {
            guides.add(new Guide(yFor(v), v + " %"));
        }
        return new Chart(bars, guides);
    }

    private static double yFor(double percent) {
        double plotHeight = HEIGHT - TOP - BOTTOM;
        return TOP + plotHeight * (1 - percent / 100.0);
    }
}
