package id.slrt.caseengine.security;

import id.slrt.caseengine.system.Groups;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.ManagementServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Engine rules an office needs that the engine's permissions cannot express: the authorizations it grants on its own
 * ({@link OfficeAuthorizationProvider}), and jobs executed on request only by administrators, checked before the
 * engine runs anything (the engine counts a refused execution as a failed attempt, so anyone could use up a deadline
 * timer's retries until it became an incident).
 */
@Component
public class EngineServiceGuards extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new OfficeAuthorizationProvider());
        configuration.setManagementService(new ManagementServiceImpl(configuration) {
            @Override
            public void executeJob(String jobId) {
                Authentication caller = configuration.getIdentityService().getCurrentAuthentication();
                if (caller != null && caller.getUserId() != null
                        && (caller.getGroupIds() == null || !caller.getGroupIds().contains(Groups.ADMIN))) {
                    throw new AuthorizationException("Menjalankan job secara manual hanya boleh oleh administrator; "
                            + "job berjalan sendiri pada waktunya");
                }
                super.executeJob(jobId);
            }
        });
    }
}
