package id.slrt.caseengine.catalogue;

import id.slrt.caseengine.platform.DecisionTables;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The fields a service needs at intake, from the DMN table {@code intakeRequirements} (bpmn/intake-requirements.dmn). */
@Component
public class IntakeRequirements {

    public static final String DECISION = "intakeRequirements";

    /** {@code field} is the JSON path (subject.nik), {@code label} the Indonesian name shown in the error. */
    public record Requirement(String field, String label) {
    }

    private final DecisionTables decisions;

    public IntakeRequirements(DecisionTables decisions) {
        this.decisions = decisions;
    }

    public List<Requirement> forService(String serviceType) {
        return decisions.evaluate(DECISION, Map.of("serviceType", serviceType)).stream()
                .map(r -> new Requirement((String) r.get("field"), (String) r.get("label")))
                .distinct()
                .toList();
    }
}
