package id.slrt.caseengine.security;

import id.slrt.caseengine.step.GenericStep;
import id.slrt.caseengine.step.StepInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Periksa petugas yang ditunjuk" (bean {@code requireGroupMember}), right after a task in which someone
 * names a staff member by user id (a supervisor assigning a caseworker). Inputs: {@code userId} (usually
 * {@code ${assignedCaseworker}}) and {@code group}. The user must exist, belong to the group and, for a case of a
 * regency, work in that regency (member of its tenant). Otherwise the completion of the task before is refused
 * with the reason (HTTP 400 in Tasklist and the REST API) and nothing changes.
 */
@Component("requireGroupMember")
@GenericStep(requires = {"userId", "group"})
public class RequireGroupMemberDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String userId = StepInputs.required(execution, "userId").strip();
        String group = StepInputs.required(execution, "group").strip();
        StaffCheck.whyNot(execution.getProcessEngineServices().getIdentityService(), userId, group,
                execution.getTenantId()).ifPresent(reason -> {
                    throw StaffCheck.refused(userId, reason);
                });
    }
}
