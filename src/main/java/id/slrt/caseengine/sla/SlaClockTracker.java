package id.slrt.caseengine.sla;

import id.slrt.caseengine.platform.BuiltInTaskListener;
import id.slrt.caseengine.step.CaseContext;
import id.slrt.caseengine.system.OfficeClock;
import java.time.OffsetDateTime;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The SLA clock of every user task of a case ({@code slrt.sla_clock}): started when a task with a due date is
 * created, following its assignee, stopped when it is completed or deleted (an interrupting event, a cancelled
 * process), so the dashboard does not count a task that no longer exists as open or past its deadline.
 */
@Component
public class SlaClockTracker implements BuiltInTaskListener {

    private final SlaClockRepository clocks;
    private final OfficeClock clock;

    public SlaClockTracker(SlaClockRepository clocks, OfficeClock clock) {
        this.clocks = clocks;
        this.clock = clock;
    }

    @Override
    public Set<String> events() {
        return Set.of(EVENTNAME_CREATE, EVENTNAME_ASSIGNMENT, EVENTNAME_COMPLETE, EVENTNAME_DELETE);
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void notify(DelegateTask task) {
        Long caseId = CaseContext.caseIdOrNull(task);
        if (caseId == null) {
            return;
        }
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> {
                if (task.getDueDate() != null) {
                    clocks.start(caseId, task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
                            clock.now(), OffsetDateTime.ofInstant(task.getDueDate().toInstant(), clock.zone()));
                }
            }
            case EVENTNAME_ASSIGNMENT -> clocks.assign(task.getId(), task.getAssignee());
            case EVENTNAME_COMPLETE, EVENTNAME_DELETE -> clocks.complete(task.getId(), clock.now());
            default -> { }
        }
    }
}
