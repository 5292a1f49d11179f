package id.slrt.caseengine.intake;

import id.slrt.caseengine.platform.DecisionTables;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/** Service type to process key, from the DMN table {@code serviceProcess} in {@code bpmn/service-routing.dmn}. */
@Component
public class ServiceRouting {

    public static final String DECISION = "serviceProcess";

    private final DecisionTables decisions;
    private final RepositoryService repository;

    public ServiceRouting(DecisionTables decisions, RepositoryService repository) {
        this.decisions = decisions;
        this.repository = repository;
    }

    public Optional<String> processKeyFor(String serviceType) {
        List<Map<String, Object>> rows = decisions.evaluate(DECISION, Map.of("serviceType", serviceType));
        return rows.stream().map(r -> (String) r.get("processKey")).filter(k -> k != null && !k.isBlank()).findFirst();
    }

    /** The process key for a service type, only when that process is deployed. */
    public Optional<String> deployedProcessKeyFor(String serviceType) {
        return processKeyFor(serviceType).filter(this::isDeployed);
    }

    /** Service types whose process is deployed, in the order of the DMN table. */
    public List<String> availableServiceTypes() {
        return decisions.stringInputEntries(DECISION, 0).stream()
                .filter(type -> deployedProcessKeyFor(type).isPresent())
                .toList();
    }

    private boolean isDeployed(String processKey) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(processKey).withoutTenantId()
                .latestVersion().count() > 0;
    }
}
