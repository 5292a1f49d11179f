package id.slrt.caseengine.sla;

import id.slrt.caseengine.step.CaseContext;
import id.slrt.caseengine.step.GenericStep;
import id.slrt.caseengine.step.StepInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Tandai tugas berisiko terlambat" (bean {@code flagAtRisk}), after the first (at-risk) boundary timer of
 * the escalation pattern. Input {@code task}: the id of the user task the timer is attached to; for a timer on
 * a subprocess, the ids of the user tasks inside it, separated by commas (whichever is open is flagged).
 */
@Component("flagAtRisk")
@GenericStep(requires = "task")
public class FlagAtRiskDelegate implements JavaDelegate {

    private final SlaEscalation escalation;

    public FlagAtRiskDelegate(SlaEscalation escalation) {
        this.escalation = escalation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalation.flagAtRisk(execution, CaseContext.caseId(execution), StepInputs.required(execution, "task"));
    }
}
