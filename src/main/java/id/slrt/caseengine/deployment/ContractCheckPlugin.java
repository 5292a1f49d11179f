package id.slrt.caseengine.deployment;

import id.slrt.caseengine.platform.EngineLists;
import id.slrt.caseengine.step.StepCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Checks every deployment where the engine parses it, whichever door it came through (auto-deployment at
 * start-up, Camunda Modeler, the REST API, the Java API): a new deployment passes {@link DiagramContractChecker}
 * and {@link DiagramContentPolicy}, and is refused as a whole, with every problem listed, otherwise. Every time
 * the engine parses a stored deployment again (after a restart, a cache miss, on another node) the content
 * policy runs again, so a deployment that reached the database another way (before this check existed, or
 * written there directly) never runs either. Expressions are sandboxed when they are evaluated too
 * ({@link SandboxedExpressionManager}, installed here).
 */
@Component
public class ContractCheckPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<StepCatalog> catalog;
    private final ObjectProvider<DeploymentTrust> trust;
    private final ApplicationContext context;
    private final DiagramSandbox sandbox;
    private final DiagramContractChecker checker = new DiagramContractChecker();
    private final DiagramContentPolicy content;
    private ProcessEngineConfigurationImpl configuration;

    public ContractCheckPlugin(ObjectProvider<StepCatalog> catalog, ObjectProvider<DeploymentTrust> trust,
                               ApplicationContext context, DiagramSandbox sandbox) {
        this.catalog = catalog;
        this.trust = trust;
        this.context = context;
        this.sandbox = sandbox;
        this.content = new DiagramContentPolicy(sandbox);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
        configuration.setExpressionManager(new SandboxedExpressionManager(context, sandbox));
        // A client may send a variable as a serialized object of any class; only plain values are read back.
        configuration.setDeserializationTypeValidationEnabled(true);
        configuration.setCustomPreDeployers(EngineLists.with(configuration.getCustomPreDeployers(), this::check));
    }

    private void check(DeploymentEntity deployment) {
        Map<String, byte[]> resources = new LinkedHashMap<>();
        deployment.getResources().forEach((name, resource) -> resources.put(name, resource.getBytes()));
        List<String> problems = new ArrayList<>();
        if (deployment.isNew()) {
            boolean trusted = trust.getObject().recordNew(deployment.getId(),
                    configuration.getIdentityService().getCurrentAuthentication());
            problems.addAll(checker.check(resources, catalog.getObject()));
            problems.addAll(content.check(resources, trusted));
        } else {
            problems.addAll(content.check(resources, trust.getObject().isTrusted(deployment.getId())));
        }
        if (!problems.isEmpty()) {
            throw new DeploymentRejectedException(problems);
        }
    }
}
