package id.slrt.caseengine.notification;

import id.slrt.caseengine.casefile.CaseClock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;
import id.slrt.caseengine.deployment.DiagramFunctions;
import org.springframework.stereotype.Component;

/**
 * Bean {@code dates}: dates as citizens read them, for messages in diagrams, for example
 * {@code ${dates.longDate(resolutionDue)}} gives "Selasa, 1 Desember 2026"; for deadlines counted in hours
 * {@code ${dates.longDateTime(socialReportDue)}} gives "Minggu, 29 November 2026 pukul 09.00 WIB".
 */
@Component("dates")
@DiagramFunctions
public class IndonesianDates {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy",
            Locale.forLanguageTag("id"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", Locale.forLanguageTag("id"));

    private final CaseClock clock;

    public IndonesianDates(CaseClock clock) {
        this.clock = clock;
    }

    /**
     * The current time (engine clock, to the second) as an ISO-8601 date-time in the office's zone, for example
     * "2026-11-28T11:00+07:00": to record when something happened, {@code ${dates.now()}}, and to show it,
     * {@code ${dates.longDateTime(x)}}.
     */
    public String now() {
        return clock.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Like {@link #longDate(Object)} with the time of day and the Indonesian time zone (WIB, WITA, WIT). */
    public String longDateTime(Object value) {
        OffsetDateTime time = parse(value);
        if (time == null) {
            return "-";
        }
        java.time.ZonedDateTime local = time.atZoneSameInstant(clock.zone());
        return local.format(LONG) + " pukul " + local.format(TIME) + " " + zoneName(local.getOffset().getTotalSeconds() / 3600);
    }

    private static String zoneName(int offsetHours) {
        return switch (offsetHours) {
            case 7 -> "WIB";
            case 8 -> "WITA";
            case 9 -> "WIT";
            default -> "UTC" + (offsetHours >= 0 ? "+" : "") + offsetHours;
        };
    }

    /** Accepts an ISO-8601 date-time string, a {@link Date} or an {@link OffsetDateTime}; null gives "-". */
    public String longDate(Object value) {
        OffsetDateTime time = parse(value);
        return time == null ? "-" : time.atZoneSameInstant(clock.zone()).format(LONG);
    }

    private OffsetDateTime parse(Object value) {
        OffsetDateTime time;
        if (value == null) {
            time = null;
        } else if (value instanceof OffsetDateTime t) {
            time = t;
        } else if (value instanceof Date d) {
            time = OffsetDateTime.ofInstant(d.toInstant(), clock.zone());
        } else {
            time = OffsetDateTime.parse(value.toString());
        }
        return time;
    }
}
