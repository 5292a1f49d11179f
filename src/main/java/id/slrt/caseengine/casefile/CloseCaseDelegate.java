package id.slrt.caseengine.casefile;

import id.slrt.caseengine.step.CaseContext;
import id.slrt.caseengine.step.GenericStep;
import id.slrt.caseengine.step.StepInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step "Tutup kasus" (bean {@code closeCase}). Inputs: {@code outcome} (required code), {@code note}. */
@Component("closeCase")
@GenericStep(requires = "outcome", accepts = "note")
public class CloseCaseDelegate implements JavaDelegate {

    private final CaseStatusService statuses;

    public CloseCaseDelegate(CaseStatusService statuses) {
        this.statuses = statuses;
    }

    @Override
    public void execute(DelegateExecution execution) {
        statuses.close(CaseContext.caseId(execution), StepInputs.required(execution, "outcome"),
                StepInputs.optional(execution, "note"));
    }
}
