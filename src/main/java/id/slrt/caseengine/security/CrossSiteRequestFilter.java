package id.slrt.caseengine.security;

import id.slrt.caseengine.system.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a state-changing request to the HTTP Basic APIs that a browser sends on behalf of another site. A browser
 * that once logged in with HTTP Basic sends the credentials again by itself, also for a body-less POST another
 * site makes it send (no CORS preflight for those): such a request carries that site's {@code Origin} (or
 * {@code Sec-Fetch-Site: cross-site}) and gets 403. Scripts and servers send no Origin and are not affected.
 */
public class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final byte[] refusal;

    public CrossSiteRequestFilter(com.fasterxml.jackson.databind.ObjectMapper json) {
        try {
            this.refusal = json.writeValueAsBytes(Problems.of(HttpStatus.FORBIDDEN, "cross-site-request",
                    "Permintaan dari situs lain ditolak",
                    "Permintaan yang mengubah data hanya diterima dari aplikasi ini sendiri, tidak dari situs lain"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE.contains(request.getMethod().toUpperCase(Locale.ROOT)) && crossSite(request)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(refusal);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean crossSite(HttpServletRequest request) {
        if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            return false;
        }
        if ("null".equals(origin)) {
            return true;
        }
        try {
            URI from = URI.create(origin.strip());
            int port = from.getPort() != -1 ? from.getPort() : "https".equalsIgnoreCase(from.getScheme()) ? 443 : 80;
            return !(request.getScheme().equalsIgnoreCase(from.getScheme())
                    && request.getServerName().equalsIgnoreCase(from.getHost())
                    && request.getServerPort() == port);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
