package id.slrt.caseengine.security.oidc;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Camunda's container-based authentication for users who exist only at the identity provider. Camunda 7.24 builds
 * the webapp session's user with {@code AuthenticationUtil.createAuthentication}, which gives up (null, then a
 * NullPointerException) when the user is not in its identity tables; this builds it from the provider's user id,
 * groups and tenants alone and works out the webapps the user may open exactly as Camunda does (the welcome page,
 * then Cockpit, Tasklist and Admin by the groups' APPLICATION ACCESS authorizations, or all of them when
 * authorization checks are off).
 */
public class OidcContainerAuthenticationFilter extends ContainerBasedAuthenticationFilter {

    @Override
    protected UserAuthentication createAuthentication(ProcessEngine engine, String userId, List<String> groups,
                                                      List<String> tenants) {
        List<String> groupIds = groups == null ? List.of() : List.copyOf(groups);
        Set<String> apps = new LinkedHashSet<>();
        apps.add(AuthenticationUtil.APP_WELCOME);
        // Asked without a current user, as Camunda does: the check needs no permission of its own then.
        engine.getIdentityService().clearAuthentication();
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (String app : AuthenticationUtil.APPS) {
            if (!engine.getProcessEngineConfiguration().isAuthorizationEnabled()
                    || authorizations.isUserAuthorized(userId, groupIds, Permissions.ACCESS, Resources.APPLICATION, app)) {
                apps.add(app);
            }
        }
        UserAuthentication authentication = new UserAuthentication(userId, engine.getName());
        authentication.setGroupIds(groupIds);
        authentication.setTenantIds(tenants == null ? List.of() : List.copyOf(tenants));
        authentication.setAuthorizedApps(apps);
        return authentication;
    }
}
