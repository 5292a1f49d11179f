package id.slrt.caseengine.dashboard;

import id.slrt.caseengine.survey.ReportFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Indonesian formats of the dashboard page (12.345; 87,5 %; 2,5 hari; 30 November 2026 16.00). Null prints "-". */
public final class DashboardFormat {

    private final ReportFormat report = new ReportFormat();
    private final ZoneId zone;

    /** @param zone the office's zone: times read from the database are shown in it */
    public DashboardFormat(ZoneId zone) {
        this.zone = zone;
    }

    public String number(long value) {
        return report.number(value);
    }

    public String percent(BigDecimal value) {
        return report.percent(value);
    }

    public String day(LocalDate day) {
        return report.day(day);
    }

    public String dayTime(OffsetDateTime time) {
        return report.dayTime(time == null ? null : time.atZoneSameInstant(zone).toOffsetDateTime());
    }

    /** A median time to close: hours under two days, days from there. */
    public String hours(BigDecimal hours) {
        if (hours == null) {
            return "-";
        }
        if (hours.compareTo(BigDecimal.ONE) < 0) {
            return "kurang dari 1 jam";
        }
        if (hours.compareTo(BigDecimal.valueOf(48)) < 0) {
            return report.decimal(hours, 1) + " jam";
        }
        return report.decimal(hours.divide(BigDecimal.valueOf(24), 1, RoundingMode.HALF_UP), 1) + " hari";
    }

    /** How long past the deadline: "5 jam", "3 hari 2 jam". */
    public String overdue(long hours) {
        if (hours < 24) {
            return hours + " jam";
        }
        long days = hours / 24;
        long rest = hours % 24;
        return days + " hari" + (rest == 0 ? "" : " " + rest + " jam");
    }
}
