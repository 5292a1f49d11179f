package id.slrt.caseengine.security.oidc;

import id.slrt.caseengine.security.SlrtPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The Camunda webapps' container-based authentication ({@code ContainerBasedAuthenticationFilter}) fed from the
 * Spring Security session of a single sign-on login: the user id, groups and tenants come from the token claims
 * (never from Camunda's identity tables), so Tasklist's filters ({@code currentUserGroups()}), the engine's
 * authorization and tenant checks, and the apps a user may open are what they are for the built-in login.
 * Instantiated by the filter from its {@code authentication-provider} init parameter.
 */
public class OidcWebappAuthenticationProvider implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof SlrtPrincipal principal)) {
            return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult result = AuthenticationResult.successful(principal.userId());
        // Non-null lists: Camunda reads a user's groups and tenants from its tables only when these are null.
        result.setGroups(principal.groupIds());
        result.setTenants(principal.tenantIds());
        return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // No challenge: the browser logs in through the identity provider (the Spring Security chain redirects).
    }
}
