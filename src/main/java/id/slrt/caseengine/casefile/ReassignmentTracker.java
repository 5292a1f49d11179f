package id.slrt.caseengine.casefile;

import id.slrt.caseengine.platform.BuiltInTaskListener;
import id.slrt.caseengine.security.StaffCheck;
import id.slrt.caseengine.step.CaseContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.UserTask;
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
 * (no assignee) changes nothing. A task the diagram leaves to be claimed from its candidate groups goes only to a
 * member of one of them who works in the case's regency. Added to every user task by
 * {@link id.slrt.caseengine.platform.UserTaskListenersPlugin}; a task without the property is left alone.
 */
@Component
public class ReassignmentTracker implements BuiltInTaskListener {

    @Override
    public Set<String> events() {
        return Set.of(EVENTNAME_ASSIGNMENT);
    }


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
        if (assignee == null || assignee.isBlank()) {
            return;
        }
        if (variable == null) {
            requireCandidate(task, assignee);
            return;
        }
        if (task.getExecution() == null) {
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

    /**
     * A task to be claimed from its candidate groups (the diagram names no assignee) goes only to a member of one
     * of those groups who works in the case's regency, whoever assigns it.
     */
    private static void requireCandidate(DelegateTask task, String assignee) {
        UserTask element = task.getBpmnModelElementInstance();
        List<String> groups = candidateGroups(task);
        if (element == null || element.getCamundaAssignee() != null || groups.isEmpty()) {
            return;
        }
        IdentityService identity = task.getProcessEngineServices().getIdentityService();
        Optional<String> refusal = Optional.empty();
        for (String group : groups) {
            refusal = StaffCheck.whyNot(identity, assignee, group, task.getTenantId());
            if (refusal.isEmpty()) {
                return;
            }
        }
        throw StaffCheck.refused(assignee, refusal.get());
    }

    private static List<String> candidateGroups(DelegateTask task) {
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

    private static boolean candidateGroupMember(IdentityService identity, DelegateTask task, String userId) {
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .anyMatch(group -> identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0);
    }
}
