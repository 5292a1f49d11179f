package id.slrt.caseengine.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Single sign-on for the project's own pages (dashboard, reports): a user logged in to Tasklist or Cockpit
 * is recognised from the Camunda webapp session, with the groups Camunda loaded at login.
 */
public class CamundaSessionAuthenticationFilter extends OncePerRequestFilter {

    private static final String ENGINE = "default";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        // The anonymous filter runs earlier in the chain, so "nobody yet" is an anonymous token, not null.
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && (current == null || current instanceof AnonymousAuthenticationToken)) {
            Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
            if (authentications != null
                    && authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user) {
                List<String> groups = user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds());
                List<String> tenants = user.getTenantIds() == null ? List.of() : List.copyOf(user.getTenantIds());
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(CamundaIdentityAuthenticationProvider.authenticated(
                        new SlrtPrincipal(user.getName(), groups, tenants)));
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }
}
