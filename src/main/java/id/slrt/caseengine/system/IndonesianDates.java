package id.slrt.caseengine.system;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Every way the application writes a date for people, in Indonesian, in one place. Times are shown in the office's
 * zone ({@link OfficeClock#zone()}); null prints "-".
 */
public final class IndonesianDates {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private static final DateTimeFormatter WEEKDAY_DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", INDONESIAN);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", INDONESIAN);
    private static final DateTimeFormatter DAY_AT_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'pukul' HH.mm", INDONESIAN);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", INDONESIAN);
    private static final DateTimeFormatter NUMERIC_DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter NUMERIC_DAY_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", INDONESIAN);

    private IndonesianDates() {
    }

    /** "Kamis, 3 Desember 2026": messages to citizens. */
    public static String weekdayDay(OffsetDateTime time, ZoneId zone) {
        return format(time, zone, WEEKDAY_DAY);
    }

    /** "Kamis, 3 Desember 2026 pukul 09.00 WIB": deadlines counted in hours. */
    public static String weekdayDayTime(OffsetDateTime time, ZoneId zone) {
        if (time == null) {
            return "-";
        }
        ZonedDateTime local = time.atZoneSameInstant(zone);
        return local.format(WEEKDAY_DAY) + " pukul " + local.format(TIME) + " "
                + zoneName(local.getOffset().getTotalSeconds() / 3600);
    }

    /** "3 Desember 2026". */
    public static String day(LocalDate day) {
        return day == null ? "-" : day.format(DAY);
    }

    /** "3 Desember 2026 09.00": report and case pages. */
    public static String dayTime(OffsetDateTime time, ZoneId zone) {
        return format(time, zone, DAY_TIME);
    }

    /** "3 Desember 2026 pukul 09.00": reminders to staff. */
    public static String dayAtTime(OffsetDateTime time, ZoneId zone) {
        return format(time, zone, DAY_AT_TIME);
    }

    /** "3 Des": chart axes and week labels. */
    public static String shortDay(TemporalAccessor day) {
        return day == null ? "-" : SHORT_DAY.format(day);
    }

    /** "03-12-2026": short mentions in messages and lists. */
    public static String numericDay(OffsetDateTime time, ZoneId zone) {
        return format(time, zone, NUMERIC_DAY);
    }

    /** "03-12-2026 09:00". */
    public static String numericDayTime(OffsetDateTime time, ZoneId zone) {
        return format(time, zone, NUMERIC_DAY_TIME);
    }

    /** WIB, WITA or WIT for the three Indonesian offsets. */
    public static String zoneName(int offsetHours) {
        return switch (offsetHours) {
            case 7 -> "WIB";
            case 8 -> "WITA";
            case 9 -> "WIT";
            default -> "UTC" + (offsetHours >= 0 ? "+" : "") + offsetHours;
        };
    }

    private static String format(OffsetDateTime time, ZoneId zone, DateTimeFormatter format) {
        return time == null ? "-" : time.atZoneSameInstant(zone).format(format);
    }
}
