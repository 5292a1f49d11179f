package id.slrt.caseengine.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the authenticated user to the engine for the length of an {@code /engine-rest} request, so the
 * engine's authorization checks apply to what the REST API returns and does.
 */
public class EngineAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identity;

    public EngineAuthenticationFilter(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SlrtPrincipal principal)) {
            chain.doFilter(request, response);
            return;
        }
        identity.setAuthentication(principal.userId(), principal.groupIds(), principal.tenantIds());
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }
}
