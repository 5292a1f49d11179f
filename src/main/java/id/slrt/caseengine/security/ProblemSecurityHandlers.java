package id.slrt.caseengine.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.system.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 401 and 403 answers as problem documents, never an HTML login page or data. */
@Component
public class ProblemSecurityHandlers {

    private final ObjectMapper json;

    public ProblemSecurityHandlers(ObjectMapper json) {
        this.json = json;
    }

    public AuthenticationEntryPoint entryPoint() {
        return (request, response, e) -> {
            if (e instanceof LoginThrottledException throttled) {
                throttled(response, throttled.retryAfter());
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"SLRT\", charset=\"UTF-8\"");
            write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Perlu masuk",
                    "Permintaan ini memerlukan nama pengguna dan kata sandi (HTTP Basic)"));
        };
    }

    public AccessDeniedHandler accessDenied() {
        return (request, response, e) -> write(response, Problems.of(HttpStatus.FORBIDDEN, "forbidden",
                "Tidak berwenang", "Peran Anda tidak mengizinkan tindakan ini"));
    }

    /** Wraps an entry point (a login redirect) so throttled logins still get the 429 problem. */
    public AuthenticationEntryPoint throttledOr(AuthenticationEntryPoint otherwise) {
        return (request, response, e) -> {
            if (e instanceof LoginThrottledException throttled) {
                throttled(response, throttled.retryAfter());
            } else {
                otherwise.commence(request, response, e);
            }
        };
    }

    /** 429 with Retry-After and the lockout explained in Indonesian. */
    public void throttled(HttpServletResponse response, Duration retryAfter) throws IOException {
        response.setHeader("Retry-After", String.valueOf(Math.max(1, retryAfter.toSeconds())));
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "login-throttled",
                "Terlalu banyak percobaan masuk", LoginThrottle.message(retryAfter));
        problem.setProperty("retryAfterSeconds", Math.max(1, retryAfter.toSeconds()));
        write(response, problem);
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
