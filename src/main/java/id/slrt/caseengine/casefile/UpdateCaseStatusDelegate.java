package id.slrt.caseengine.casefile;

import id.slrt.caseengine.step.CaseContext;
import id.slrt.caseengine.step.GenericStep;
import id.slrt.caseengine.step.StepInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step "Ubah status kasus" (bean {@code updateCaseStatus}). Inputs: {@code status} (required), {@code note}. */
@Component("updateCaseStatus")
@GenericStep(requires = "status", accepts = "note")
public class UpdateCaseStatusDelegate implements JavaDelegate {

    private final CaseStatusService statuses;

    public UpdateCaseStatusDelegate(CaseStatusService statuses) {
        this.statuses = statuses;
    }

    @Override
    public void execute(DelegateExecution execution) {
        statuses.changeStatus(CaseContext.caseId(execution), StepInputs.required(execution, "status"),
                StepInputs.optional(execution, "note"));
    }
}
