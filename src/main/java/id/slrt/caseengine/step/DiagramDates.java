package id.slrt.caseengine.step;

import id.slrt.caseengine.system.IndonesianDates;
import id.slrt.caseengine.system.OfficeClock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Bean {@code dates}: dates as citizens read them, for messages in diagrams, for example
 * {@code ${dates.longDate(resolutionDue)}} gives "Selasa, 1 Desember 2026"; for deadlines counted in hours
 * {@code ${dates.longDateTime(socialReportDue)}} gives "Minggu, 29 November 2026 pukul 09.00 WIB". The formats
 * are {@link IndonesianDates}'.
 */
@Component("dates")
@DiagramFunctions
public class DiagramDates {

    private final OfficeClock clock;

    public DiagramDates(OfficeClock clock) {
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
        return IndonesianDates.weekdayDayTime(parse(value), clock.zone());
    }

    /** Accepts an ISO-8601 date-time string, a {@link Date} or an {@link OffsetDateTime}; null gives "-". */
    public String longDate(Object value) {
        return IndonesianDates.weekdayDay(parse(value), clock.zone());
    }

    private OffsetDateTime parse(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof Date date) {
            return OffsetDateTime.ofInstant(date.toInstant(), clock.zone());
        }
        return OffsetDateTime.parse(value.toString());
    }
}
