package id.slrt.caseengine.casefile;

import id.slrt.caseengine.platform.BuiltInTaskListener;
import id.slrt.caseengine.step.CaseContext;
import id.slrt.caseengine.system.Groups;
import id.slrt.caseengine.system.OfficeClock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * Keeps the case file in step with the user tasks of its process: when a task is created the case records
 * the step, its deadline and (if the task has the extension property {@code caseStatus}) the new status;
 * when a task is completed the event log records who completed it; the case file keeps the assignee of its
 * current task (the SLA clock of each task is kept by {@code sla.SlaClockTracker}). Added to every user task by
 * {@link id.slrt.caseengine.platform.UserTaskListenersPlugin}, so diagrams need no listener of their own.
 */
@Component
public class CaseStepTracker implements BuiltInTaskListener {

    @Override
    public Set<String> events() {
        return Set.of(EVENTNAME_CREATE, EVENTNAME_ASSIGNMENT, EVENTNAME_COMPLETE);
    }

    @Override
    public int order() {
        return 10;
    }


    public static final String STATUS_PROPERTY = "caseStatus";

    private final CaseStatusService statuses;
    private final OfficeClock clock;

    public CaseStepTracker(CaseStatusService statuses, OfficeClock clock) {
        this.statuses = statuses;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Long caseId = CaseContext.caseIdOrNull(task);
        if (caseId == null) {
            return;
        }
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> {
                statuses.enterStep(caseId, task.getName(), deadline(task), statusOf(task), task.getAssignee(),
                        details(task));
                rememberCaseworker(caseId, task);
            }
            case EVENTNAME_ASSIGNMENT -> {
                // Also fired right after create when the task starts with an assignee; harmless then.
                statuses.assign(caseId, task.getAssignee());
                rememberCaseworker(caseId, task);
            }
            case EVENTNAME_COMPLETE -> {
                statuses.record(caseId, "TASK_COMPLETED", task.getName(), details(task));
            }
            default -> { }
        }
    }

    /**
     * A caseworker's task (offered to the caseworker group, or assigned without any candidate group) that gets an
     * assignee makes that person the case's assigned caseworker; supervisor and agency tasks do not.
     */
    private void rememberCaseworker(long caseId, DelegateTask task) {
        if (task.getAssignee() == null) {
            return;
        }
        Set<String> groups = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (groups.isEmpty() || groups.contains(Groups.CASEWORKER)) {
            statuses.assignCaseworker(caseId, task.getAssignee());
        }
    }

    private Map<String, Object> details(DelegateTask task) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("taskId", task.getId());
        details.put("taskDefinitionKey", task.getTaskDefinitionKey());
        if (task.getAssignee() != null) {
            details.put("assignee", task.getAssignee());
        }
        if (task.getDueDate() != null) {
            details.put("due", deadline(task).toString());
        }
        return details;
    }

    private OffsetDateTime deadline(DelegateTask task) {
        return task.getDueDate() == null ? null
                : OffsetDateTime.ofInstant(task.getDueDate().toInstant(), clock.zone());
    }

    static String statusOf(DelegateTask task) {
        return property(task, STATUS_PROPERTY);
    }

    /** The value of the extension property {@code name} of the task's element in the diagram, or null. */
    static String property(DelegateTask task, String name) {
        UserTask element = task.getBpmnModelElementInstance();
        if (element == null) {
            return null;
        }
        ExtensionElements extensions = element.getExtensionElements();
        if (extensions == null) {
            return null;
        }
        for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
            for (CamundaProperty property : properties.getCamundaProperties()) {
                if (name.equals(property.getCamundaName())) {
                    return property.getCamundaValue();
                }
            }
        }
        return null;
    }
}
