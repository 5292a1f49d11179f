package id.slrt.caseengine.catalogue;

import id.slrt.caseengine.platform.DecisionTables;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Indonesian name of a service type, from the {@code label} column of the routing table. */
@Component
public class ServiceLabels {

    private final DecisionTables decisions;

    public ServiceLabels(DecisionTables decisions) {
        this.decisions = decisions;
    }

    public String labelOf(String serviceType) {
        if (serviceType == null) {
            return null;
        }
        List<Map<String, Object>> rows = decisions.evaluate(ServiceRouting.DECISION, Map.of("serviceType", serviceType));
        return rows.stream().map(r -> (String) r.get("label")).filter(l -> l != null && !l.isBlank())
                .findFirst().orElse(serviceType);
    }
}
