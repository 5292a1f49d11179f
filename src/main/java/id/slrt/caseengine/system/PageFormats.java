package id.slrt.caseengine.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The formats the staff and report pages use ({@code fmt} in the templates): 12.345; 87,5 %; 2,5 hari;
 * 30 November 2026 16.00, times in the office's zone. Null prints "-".
 */
public final class PageFormats {

    private final ZoneId zone;

    public PageFormats(ZoneId zone) {
        this.zone = zone;
    }

    public String number(long value) {
        return IndonesianNumbers.number(value);
    }

    public String decimal(BigDecimal value, int scale) {
        return IndonesianNumbers.decimal(value, scale);
    }

    public String percent(BigDecimal value) {
        return IndonesianNumbers.percent(value);
    }

    public String day(LocalDate day) {
        return IndonesianDates.day(day);
    }

    public String dayTime(OffsetDateTime time) {
        return IndonesianDates.dayTime(time, zone);
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
            return decimal(hours, 1) + " jam";
        }
        return decimal(hours.divide(BigDecimal.valueOf(24), 1, RoundingMode.HALF_UP), 1) + " hari";
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
