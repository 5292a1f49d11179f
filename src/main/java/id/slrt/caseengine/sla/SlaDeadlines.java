package id.slrt.caseengine.sla;

import id.slrt.caseengine.casefile.CaseClock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Bean {@code sla}, used in diagrams for due dates and timers, for example
 * {@code camunda:dueDate="${sla.due(execution, 'TRIAGE')}"}. The target comes from the DMN table, so an
 * analyst changes a deadline without touching the diagram or Java.
 *
 * <p>Working days follow {@link WorkingCalendar} (national holidays and cuti bersama excluded, deadline at the
 * close of office hours); calendar targets count every hour. {@code sla.atRisk(...)} gives the moment a share
 * ({@code slrt.sla.at-risk-share}, default 0.75) of the time has passed: the escalation pattern's first timer.
 */
@Component("sla")
public class SlaDeadlines {

    private final SlaTargets targets;
    private final CaseClock clock;
    private final WorkingCalendar workingDays;
    private final double atRiskShare;

    public SlaDeadlines(SlaTargets targets, CaseClock clock, WorkingCalendar workingDays,
                        @org.springframework.beans.factory.annotation.Value("${slrt.sla.at-risk-share:0.75}") double atRiskShare) {
        if (atRiskShare <= 0 || atRiskShare >= 1) {
            throw new IllegalStateException("slrt.sla.at-risk-share must be between 0 and 1, not " + atRiskShare);
        }
        this.targets = targets;
        this.clock = clock;
        this.workingDays = workingDays;
        this.atRiskShare = atRiskShare;
    }

    /** When {@code step}, starting now, is at risk: the at-risk share of its time has passed. */
    public String atRisk(DelegateExecution execution, String step) {
        OffsetDateTime now = clock.now();
        OffsetDateTime due = deadline(processKey(execution), step, now);
        long millis = java.time.Duration.between(now, due).toMillis();
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now.plus(java.time.Duration.ofMillis((long) (millis * atRiskShare))));
    }

    /** The deadline of {@code step} counted from now, as an ISO-8601 date-time string. */
    public String due(DelegateExecution execution, String step) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(deadline(processKey(execution), step, clock.now()));
    }

    public OffsetDateTime deadline(String processKey, String step, OffsetDateTime from) {
        SlaTarget target = targets.of(processKey, step);
        return switch (target.clock()) {
            case CALENDAR -> from.plus(target.asDuration());
            case WORKING_DAYS -> workingDays.addWorkingDays(from, target.workingDays());
        };
    }


    private static String processKey(DelegateExecution execution) {
        return execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
    }
}
