package id.slrt.caseengine.security.region;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Gives the engine the regency tenant of each case; tenant checks are the engine's default (on). */
@Component
public class RegionScopingPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new RegionTenantIdProvider());
        configuration.setTenantCheckEnabled(true);
    }
}
