package id.slrt.caseengine.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@link LoginThrottle} for the Camunda webapp login ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}},
 * a form with {@code username} and {@code password}): a refused user+address gets 429 before the password is
 * checked; Camunda's 401 counts as a failure and 200 clears the count. The form body is read here and handed on
 * unchanged.
 */
public class WebappLoginThrottleFilter extends OncePerRequestFilter {

    /** A login form is a few hundred bytes; anything larger is not read into memory. */
    private static final int MAX_FORM = 8 * 1024;

    private final LoginThrottle throttle;
    private final ProblemSecurityHandlers handlers;

    public WebappLoginThrottleFilter(LoginThrottle throttle, ProblemSecurityHandlers handlers) {
        this.throttle = throttle;
        this.handlers = handlers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().contains("/login/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_FORM + 1);
        if (body.length > MAX_FORM) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        Map<String, String> form = parse(new String(body, StandardCharsets.UTF_8));
        String user = form.get("username");
        String client = request.getRemoteAddr();
        if (user != null) {
            Optional<java.time.Duration> blocked = throttle.blocked(user, client);
            if (blocked.isPresent()) {
                handlers.throttled(response, blocked.get());
                return;
            }
        }
        chain.doFilter(new ReplayedForm(request, body, form), response);
        if (user != null) {
            if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
                throttle.failed(user, client);
            } else if (response.getStatus() == HttpServletResponse.SC_OK) {
                throttle.succeeded(user, client);
            }
        }
    }

    static Map<String, String> parse(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                form.putIfAbsent(name, value);
            } catch (IllegalArgumentException malformed) {
                // Not a well-formed form field: Camunda refuses the login itself.
            }
        }
        return form;
    }

    /** The request with its form body readable again (as a stream and as parameters). */
    private static final class ReplayedForm extends HttpServletRequestWrapper {
        private final byte[] body;
        private final Map<String, String[]> parameters = new LinkedHashMap<>();

        ReplayedForm(HttpServletRequest request, byte[] body, Map<String, String> form) {
            super(request);
            this.body = body;
            request.getParameterMap().forEach(parameters::put);
            form.forEach((name, value) -> parameters.putIfAbsent(name, new String[] {value}));
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
