package id.slrt.caseengine.notification;

import id.slrt.caseengine.casefile.CaseClock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Bean {@code dates}: dates as citizens read them, for messages in diagrams, for example
 * {@code ${dates.longDate(resolutionDue)}} gives "Selasa, 1 Desember 2026".
 */
@Component("dates")
public class IndonesianDates {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy",
            Locale.forLanguageTag("id"));

    private final CaseClock clock;

    public IndonesianDates(CaseClock clock) {
        this.clock = clock;
    }

    /** Accepts an ISO-8601 date-time string, a {@link Date} or an {@link OffsetDateTime}; null gives "-". */
    public String longDate(Object value) {
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
        return time == null ? "-" : time.atZoneSameInstant(clock.zone()).format(LONG);
    }
}
