package id.slrt.caseengine.sla;

import id.slrt.caseengine.casefile.CaseStatusService;
import id.slrt.caseengine.system.IndonesianDates;
import id.slrt.caseengine.system.OfficeClock;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/** What happens when a task's deadline comes near or passes: flags, reminders, breach records, metrics. */
@Service
public class SlaEscalation {

    /** The task priority an at-risk task gets, so it rises in Tasklist's lists. */
    static final int AT_RISK_PRIORITY = 80;

    private final SlaClockRepository clocks;
    private final CaseStatusService statuses;
    private final OfficeClock clock;
    private final MeterRegistry meters;

    public SlaEscalation(SlaClockRepository clocks, CaseStatusService statuses, OfficeClock clock, MeterRegistry meters) {
        this.clocks = clocks;
        this.statuses = statuses;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Flags the open tasks of {@code taskKeys} at risk, raises their priority and reminds the assignee.
     * {@code taskKeys}: one user task id, or several separated by commas (a timer on a subprocess watches the user
     * tasks inside it, whichever of them is open).
     */
    public int flagAtRisk(DelegateExecution execution, long caseId, String taskKeys) {
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        OffsetDateTime now = clock.now();
        int flagged = 0;
        for (Task task : openTasks(execution, taskKeys)) {
            if (!clocks.flagAtRisk(task.getId(), now)) {
                continue;
            }
            flagged++;
            tasks.setPriority(task.getId(), Math.max(task.getPriority(), AT_RISK_PRIORITY));
            String who = task.getAssignee() == null ? "Petugas" : task.getAssignee();
            tasks.createComment(task.getId(), task.getProcessInstanceId(), who + ": tenggat tugas '" + task.getName()
                    + "' (" + IndonesianDates.dayAtTime(due(task), clock.zone()) + ") hampir habis. Mohon segera diselesaikan.");
            statuses.record(caseId, "SLA_AT_RISK", task.getName(), details(task, now));
            meters.counter("slrt.sla.at_risk", "process", processKey(execution), "task", task.getTaskDefinitionKey())
                    .increment();
        }
        return flagged;
    }

    /** Records that the open tasks of {@code taskKeys} (as for {@link #flagAtRisk}) missed their deadline; the diagram escalates. */
    public int recordBreach(DelegateExecution execution, long caseId, String taskKeys) {
        OffsetDateTime now = clock.now();
        int breached = 0;
        for (Task task : openTasks(execution, taskKeys)) {
            if (!clocks.recordBreach(task.getId(), now)) {
                continue;
            }
            breached++;
            execution.setVariable("escalatedTaskName", task.getName());
            execution.setVariable("escalatedTaskAssignee", task.getAssignee() == null ? "-" : task.getAssignee());
            statuses.record(caseId, "SLA_BREACHED", task.getName(), details(task, now));
            meters.counter("slrt.sla.breached", "process", processKey(execution), "task", task.getTaskDefinitionKey())
                    .increment();
        }
        return breached;
    }

    private static List<Task> openTasks(DelegateExecution execution, String taskKeys) {
        String[] keys = Arrays.stream(taskKeys.split(",")).map(String::strip).filter(k -> !k.isEmpty())
                .toArray(String[]::new);
        return execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKeyIn(keys).active()
                .orderByTaskCreateTime().asc().list();
    }

    private OffsetDateTime due(Task task) {
        return task.getDueDate() == null ? clock.now()
                : OffsetDateTime.ofInstant(task.getDueDate().toInstant(), clock.zone());
    }

    private Map<String, Object> details(Task task, OffsetDateTime at) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("taskId", task.getId());
        details.put("taskDefinitionKey", task.getTaskDefinitionKey());
        details.put("due", due(task).toString());
        details.put("at", at.toString());
        if (task.getAssignee() != null) {
            details.put("assignee", task.getAssignee());
        }
        return details;
    }

    private static String processKey(DelegateExecution execution) {
        return execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
    }
}
