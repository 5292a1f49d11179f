package id.slrt.caseengine.catalogue;

import id.slrt.caseengine.platform.DecisionTables;
import id.slrt.caseengine.platform.DeploymentGeneration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/** Service type to process key, from the DMN table {@code serviceProcess} in {@code bpmn/service-routing.dmn}. */
@Component
public class ServiceRouting {

    public static final String DECISION = "serviceProcess";

    private final DecisionTables decisions;
    private final RepositoryService repository;
    private final DeploymentGeneration deployments;
    private final Set<String> deployedKeys = ConcurrentHashMap.newKeySet();
    private volatile long deployedGeneration = -1;

    public ServiceRouting(DecisionTables decisions, RepositoryService repository, DeploymentGeneration deployments) {
        this.decisions = decisions;
        this.repository = repository;
        this.deployments = deployments;
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

    /** Cached until this node deploys again; a process is never undeployed while cases use it. */
    private boolean isDeployed(String processKey) {
        long generation = deployments.current();
        if (deployedGeneration != generation) {
            deployedKeys.clear();
            deployedGeneration = generation;
        }
        if (deployedKeys.contains(processKey)) {
            return true;
        }
        boolean deployed = repository.createProcessDefinitionQuery().processDefinitionKey(processKey).withoutTenantId()
                .latestVersion().count() > 0;
        if (deployed) {
            deployedKeys.add(processKey);
        }
        return deployed;
    }
}
