package id.slrt.caseengine.sla;

import id.slrt.caseengine.casefile.CaseClock;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Bean {@code sla}, used in diagrams for due dates and timers, for example
 * {@code camunda:dueDate="${sla.due(execution, 'TRIAGE')}"}. The target comes from the DMN table, so an
 * analyst changes a deadline without touching the diagram or Java.
 *
 * <p>Working days currently skip Saturdays and Sundays only; national holidays and collective leave are
 * added by the Indonesian business calendar (issue: deadlines that supervisors can trust).
 */
@Component("sla")
public class SlaDeadlines {

    private final SlaTargets targets;
    private final CaseClock clock;

    public SlaDeadlines(SlaTargets targets, CaseClock clock) {
        this.targets = targets;
        this.clock = clock;
    }

    /** The deadline of {@code step} counted from now, as an ISO-8601 date-time string. */
    public String due(DelegateExecution execution, String step) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(deadline(processKey(execution), step, clock.now()));
    }

    public OffsetDateTime deadline(String processKey, String step, OffsetDateTime from) {
        SlaTarget target = targets.of(processKey, step);
        return switch (target.clock()) {
            case CALENDAR -> from.plus(target.asDuration());
            case WORKING_DAYS -> addWorkingDays(from, target.workingDays());
        };
    }

    private static OffsetDateTime addWorkingDays(OffsetDateTime from, int days) {
        OffsetDateTime result = from;
        int added = 0;
        while (added < days) {
            result = result.plusDays(1);
            if (result.getDayOfWeek() != DayOfWeek.SATURDAY && result.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return result;
    }

    private static String processKey(DelegateExecution execution) {
        return execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
    }
}
