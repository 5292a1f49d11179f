package id.slrt.caseengine.security;

import id.slrt.caseengine.platform.EngineLists;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Before its first authorization check, every engine command reads all distinct group ids of the authorization
 * table ({@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}) to drop the user's groups that hold no
 * grant. Camunda does that for directory users with hundreds of groups. Here a user has a handful of role groups,
 * while the table holds a grant per open task (Camunda grants each task to its candidate groups): at 100,000 open
 * cases that read took 12-22 ms per command, twice per Tasklist filter request (docs/performance.md). A group
 * without grants matches no row of the checks, so passing the groups as they are gives the same answers. Users
 * with more than {@link #FEW_GROUPS} groups keep Camunda's filtering.
 */
@Component
public class AuthorizationWithoutGroupScan extends AbstractProcessEnginePlugin {

    static final int FEW_GROUPS = 20;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // A custom session factory of the same session type replaces the engine's default one.
        configuration.setCustomSessionFactories(EngineLists.with(configuration.getCustomSessionFactories(),
                new SessionFactory() {
                    @Override
                    public Class<?> getSessionType() {
                        return AuthorizationManager.class;
                    }

                    @Override
                    public Session openSession() {
                        return new FewGroupsAuthorizationManager();
                    }
                }));
    }

    /** Camunda's authorization manager, except that a user's few groups are used without the table scan. */
    static class FewGroupsAuthorizationManager extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            if (authenticatedGroupIds != null && !authenticatedGroupIds.isEmpty()
                    && authenticatedGroupIds.size() <= FEW_GROUPS) {
                // Like Camunda's set intersection: no null and no repeated id.
                return authenticatedGroupIds.stream().filter(Objects::nonNull).distinct().toList();
            }
            return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
        }
    }
}
