package id.slrt.caseengine.casefile;

import id.slrt.caseengine.step.CaseContext;
import id.slrt.caseengine.step.GenericStep;
import id.slrt.caseengine.step.StepInputs;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Catat kejadian kasus" (bean {@code recordCaseEvent}). Inputs: {@code eventType} (required),
 * {@code note}, and {@code details} (a map, for example built with {@code camunda:map} in the diagram).
 */
@Component("recordCaseEvent")
@GenericStep(requires = "eventType", accepts = {"note", "details"})
public class RecordCaseEventDelegate implements JavaDelegate {

    private final CaseStatusService statuses;

    public RecordCaseEventDelegate(CaseStatusService statuses) {
        this.statuses = statuses;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (execution.getVariableLocal("details") instanceof Map<?, ?> map) {
            map.forEach((k, v) -> details.put(String.valueOf(k), v));
        }
        String note = StepInputs.optional(execution, "note");
        if (note != null) {
            details.put("note", note);
        }
        statuses.record(CaseContext.caseId(execution), StepInputs.required(execution, "eventType"),
                execution.getCurrentActivityName(), details);
    }
}
