package id.slrt.caseengine.sla;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's {@code dueDate} and {@code duration} calendars with working days: besides ISO dates and ISO
 * durations (calendar time, children's-case deadlines such as {@code PT72H}), they understand
 * {@code P<n>WD} (n working days, for example {@code P5WD}), so an analyst can write a working-day deadline
 * directly in a timer or a due date without the SLA table.
 */
final class IndonesianBusinessCalendars {

    private static final Pattern WORKING_DAYS = Pattern.compile("P(\\d{1,3})WD");

    private IndonesianBusinessCalendars() {
    }

    static BusinessCalendar dueDate(WorkingCalendar calendar) {
        return new WorkingDays(calendar, new DueDateBusinessCalendar());
    }

    static BusinessCalendar duration(WorkingCalendar calendar) {
        return new WorkingDays(calendar, new DurationBusinessCalendar());
    }

    /** Working-day descriptions handled here; everything else by the engine's own calendar. */
    private record WorkingDays(WorkingCalendar calendar, BusinessCalendar standard) implements BusinessCalendar {

        @Override
        public Date resolveDuedate(String description) {
            return resolveDuedate(description, (Date) null);
        }

        @Override
        public Date resolveDuedate(String description, Task task) {
            return resolveDuedate(description, task == null ? null : task.getCreateTime());
        }

        @Override
        public Date resolveDuedate(String description, Date startDate) {
            Matcher workingDays = description == null ? null
                    : WORKING_DAYS.matcher(description.strip().toUpperCase(Locale.ROOT));
            if (workingDays == null || !workingDays.matches()) {
                return startDate == null ? standard.resolveDuedate(description) : standard.resolveDuedate(description, startDate);
            }
            Date start = startDate != null ? startDate : ClockUtil.getCurrentTime();
            OffsetDateTime from = OffsetDateTime.ofInstant(start.toInstant(), ZoneOffset.UTC);
            return Date.from(calendar.addWorkingDays(from, Integer.parseInt(workingDays.group(1))).toInstant());
        }
    }
}
