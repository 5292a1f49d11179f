package id.slrt.caseengine.sla;

import id.slrt.caseengine.step.CaseContext;
import id.slrt.caseengine.step.GenericStep;
import id.slrt.caseengine.step.StepInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Catat pelanggaran tenggat" (bean {@code recordSlaBreach}), after the deadline boundary timer of the
 * escalation pattern, before the supervisor's escalation task. Input {@code task}: the id of the user task the
 * timer is attached to (for a timer on a subprocess: the ids of the user tasks inside it, separated by commas). Sets {@code escalatedTaskName} and {@code escalatedTaskAssignee} for the escalation form.
 */
@Component("recordSlaBreach")
@GenericStep(requires = "task", produces = {"escalatedTaskName", "escalatedTaskAssignee"})
public class RecordSlaBreachDelegate implements JavaDelegate {

    private final SlaEscalation escalation;

    public RecordSlaBreachDelegate(SlaEscalation escalation) {
        this.escalation = escalation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalation.recordBreach(execution, CaseContext.caseId(execution), StepInputs.required(execution, "task"));
    }
}
