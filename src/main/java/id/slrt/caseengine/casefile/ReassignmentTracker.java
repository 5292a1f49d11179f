package id.slrt.caseengine.casefile;

import id.slrt.caseengine.security.StaffCheck;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Makes a reassignment stick for the rest of the case. A user task whose extension property
 * {@value #VARIABLE_PROPERTY} names the variable its {@code camunda:assignee} comes from (for example
 * {@code assignedCaseworker}) writes a new assignee back into that variable when someone (a supervisor in
 * Tasklist) assigns the task to another user, so the later tasks assigned from the variable go to the new
 * assignee as well; the case event log records it ({@code CASE_REASSIGNED}).
 * <p>With the property {@value #GROUP_PROPERTY} (for example {@code caseworker}) only a member of that group who
 * works in the case's regency takes the case over (the rule of {@code requireGroupMember}); a member of one of
 * the task's candidate groups (a supervisor claiming the task) takes this task only and the variable stays;
 * anyone else is refused with the reason and the task keeps its assignee. Taking a task back from someone
 * (no assignee) changes nothing. Added to every user task by
 * {@link id.slrt.caseengine.platform.UserTaskListenersPlugin}; a task without the property is left alone.
 */
@Component
public class ReassignmentTracker implements TaskListener {

    public static final String VARIABLE_PROPERTY = "assigneeVariable";
    public static final String GROUP_PROPERTY = "assigneeGroup";

    private final CaseStatusService statuses;

    public ReassignmentTracker(CaseStatusService statuses) {
        this.statuses = statuses;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            return;
        }
        String variable = CaseStepTracker.property(task, VARIABLE_PROPERTY);
        String assignee = task.getAssignee();
        if (variable == null || task.getExecution() == null || assignee == null || assignee.isBlank()) {
            return;
        }
        Object previous = task.getExecution().getVariable(variable);
        if (Objects.equals(assignee, previous)) {
            // Also the assignment event right after create, when the task starts with the variable's value.
            return;
        }
        String group = CaseStepTracker.property(task, GROUP_PROPERTY);
        if (group != null) {
            IdentityService identity = task.getProcessEngineServices().getIdentityService();
            Optional<String> refusal = StaffCheck.whyNot(identity, assignee, group, task.getTenantId());
            if (refusal.isPresent()) {
                if (candidateGroupMember(identity, task, assignee)) {
                    return;
                }
                throw StaffCheck.refused(assignee, refusal.get());
            }
        }
        task.getExecution().setVariable(variable, assignee);
        Long caseId = CaseContext.caseIdOrNull(task);
        if (caseId != null) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("variable", variable);
            details.put("from", previous == null ? null : String.valueOf(previous));
            details.put("to", assignee);
            details.put("taskId", task.getId());
            details.put("taskDefinitionKey", task.getTaskDefinitionKey());
            statuses.record(caseId, "CASE_REASSIGNED", task.getName(), details);
        }
    }

    private static boolean candidateGroupMember(IdentityService identity, DelegateTask task, String userId) {
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .anyMatch(group -> identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0);
    }
}
