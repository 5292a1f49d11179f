package id.slrt.caseengine.intake;

import id.slrt.caseengine.step.CaseContext;
import id.slrt.caseengine.step.GenericStep;
import id.slrt.caseengine.step.StepInputs;
import id.slrt.caseengine.system.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Buka kasus terkait" (bean {@code openLinkedCase}). Inputs: {@code serviceType} (the service of the new
 * case, routed by service-routing.dmn), {@code linkType} (HANDED_OVER), {@code description} (what the new case
 * is about; default: this case's description), {@code variable} (default {@code linkedRegistrationNumber}).
 * Opens a case of that service for the same person through the ordinary intake, the person's data read from
 * this case's file; links both cases, records the link in both case logs, and puts the new registration number
 * into the process variable.
 */
@Component("openLinkedCase")
@GenericStep(requires = {"serviceType", "linkType"}, accepts = {"description", "variable"},
        produces = OpenLinkedCaseDelegate.DEFAULT_VARIABLE)
public class OpenLinkedCaseDelegate implements JavaDelegate {

    public static final String DEFAULT_VARIABLE = "linkedRegistrationNumber";

    private final LinkedCaseService linkedCases;
    private final CurrentActor actor;

    public OpenLinkedCaseDelegate(LinkedCaseService linkedCases, CurrentActor actor) {
        this.linkedCases = linkedCases;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String variable = StepInputs.optional(execution, "variable");
        LinkedCaseService.LinkedCase linked = linkedCases.open(CaseContext.caseId(execution),
                StepInputs.required(execution, "serviceType"), StepInputs.required(execution, "linkType"),
                StepInputs.optional(execution, "description"), execution.getCurrentActivityName(), actor.name());
        execution.getProcessInstance().setVariable(variable == null || variable.isBlank() ? DEFAULT_VARIABLE : variable,
                linked.registrationNumber());
    }
}
