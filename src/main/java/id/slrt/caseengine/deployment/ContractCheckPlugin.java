package id.slrt.caseengine.deployment;

import id.slrt.caseengine.platform.EngineLists;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Runs {@link DiagramContractChecker} before any new deployment is stored (auto-deployment at start-up, Camunda
 * Modeler, the REST API). A deployment with problems is refused as a whole, with every problem listed.
 */
@Component
public class ContractCheckPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<StepCatalog> catalog;
    private final DiagramContractChecker checker = new DiagramContractChecker();

    public ContractCheckPlugin(ObjectProvider<StepCatalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreDeployers(EngineLists.with(configuration.getCustomPreDeployers(), this::check));
    }

    private void check(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return;
        }
        Map<String, byte[]> resources = new LinkedHashMap<>();
        deployment.getResources().forEach((name, resource) -> resources.put(name, resource.getBytes()));
        List<String> problems = checker.check(resources, catalog.getObject());
        if (!problems.isEmpty()) {
            throw new DeploymentRejectedException(problems);
        }
    }
}
