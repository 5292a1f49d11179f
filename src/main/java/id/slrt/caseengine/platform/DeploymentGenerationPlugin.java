package id.slrt.caseengine.platform;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Counts deployments and deployment deletions on this node ({@link DeploymentGeneration}), so the caches of
 * "the latest version of a decision or process" look again after either.
 */
@Component
public class DeploymentGenerationPlugin extends AbstractProcessEnginePlugin {

    private final DeploymentGeneration generation;

    public DeploymentGenerationPlugin(DeploymentGeneration generation) {
        this.generation = generation;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPostDeployers(EngineLists.with(configuration.getCustomPostDeployers(),
                deployment -> generation.deployed()));

        CommandInterceptor interceptor = new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                try {
                    return next.execute(command);
                } finally {
                    if (command instanceof DeleteDeploymentCmd) {
                        generation.deployed();
                    }
                }
            }
        };
        configuration.setCustomPostCommandInterceptorsTxRequired(
                EngineLists.with(configuration.getCustomPostCommandInterceptorsTxRequired(), interceptor));
    }
}
