package id.slrt.caseengine.sla;

import id.slrt.caseengine.platform.DecisionTables;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Looks up step targets in {@code bpmn/sla-targets.dmn} (decision {@code slaTarget}). */
@Component
public class SlaTargets {

    public static final String DECISION = "slaTarget";

    private final DecisionTables decisions;

    public SlaTargets(DecisionTables decisions) {
        this.decisions = decisions;
    }

    public SlaTarget of(String processKey, String step) {
        List<Map<String, Object>> rows = decisions.evaluate(DECISION, Map.of("processKey", processKey, "step", step));
        if (rows.isEmpty()) {
            throw new IllegalStateException("sla-targets.dmn has no target for process '" + processKey
                    + "' step '" + step + "'");
        }
        Map<String, Object> row = rows.get(0);
        return new SlaTarget((String) row.get("target"), SlaTarget.Clock.valueOf((String) row.get("clock")));
    }
}
