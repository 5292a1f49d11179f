package id.slrt.caseengine.sla;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;

/**
 * The target of one step from the DMN table {@code slaTarget}: an ISO-8601 duration and the kind of clock.
 * CALENDAR counts every hour of every day (children's cases: 3x24 hours); WORKING_DAYS counts office days only.
 */
public record SlaTarget(String target, Clock clock) {

    public enum Clock {
        CALENDAR, WORKING_DAYS
    }

    /**
     * The end of a CALENDAR target started at {@code from}: a time part (PT72H) is elapsed time, days, months and
     * years (P30D, P3M) count on the calendar.
     */
    public OffsetDateTime after(OffsetDateTime from) {
        if (target.contains("T")) {
            return from.plus(Duration.parse(target));
        }
        return from.plus(Period.parse(target));
    }

    /** Number of days of a WORKING_DAYS target (P5D = 5 working days). */
    public int workingDays() {
        Period period = Period.parse(target);
        if (period.getMonths() != 0 || period.getYears() != 0) {
            throw new IllegalStateException("Working-day targets must be given in days, for example P5D: " + target);
        }
        return period.getDays();
    }
}
