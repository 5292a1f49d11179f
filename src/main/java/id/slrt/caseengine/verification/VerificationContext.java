package id.slrt.caseengine.verification;

import id.slrt.caseengine.casefile.CaseRecord;
import id.slrt.caseengine.casefile.PersonData;
import id.slrt.caseengine.step.StepInputs;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What a check may look at: the case file, its subject, today's date, and the step's input parameters. */
public record VerificationContext(DelegateExecution execution, CaseRecord caseRecord, PersonData subject,
                                  LocalDate today) {

    /** An input parameter of the step, or the default. */
    public String input(String name, String defaultValue) {
        String value = StepInputs.optional(execution, name);
        return value == null || value.isBlank() ? defaultValue : value;
    }

    /** A map input parameter ({@code camunda:map}): variable name to Indonesian label. */
    public Map<String, String> mapInput(String name) {
        Map<String, String> result = new LinkedHashMap<>();
        if (execution.getVariableLocal(name) instanceof Map<?, ?> map) {
            map.forEach((k, v) -> result.put(String.valueOf(k), String.valueOf(v)));
        }
        return result;
    }

    /** A process variable by name, as text (null when absent or blank). */
    public String variable(String name) {
        String value = StepInputs.variable(execution, name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
