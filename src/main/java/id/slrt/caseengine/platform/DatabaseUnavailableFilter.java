package id.slrt.caseengine.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.system.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is down, requests that need it (APIs, webhooks, staff and citizen pages, Camunda's webapp
 * API) get 503 problem+json with Retry-After at once: nothing is half-written, nobody waits for a timeout. Health
 * endpoints and static files are still served.
 */
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

    static final List<String> GUARDED = List.of("/api/", "/engine-rest/", "/webhooks/", "/survei", "/app/",
            "/camunda/api/");
    static final int RETRY_AFTER_SECONDS = 15;

    private final DatabaseAvailability availability;
    private final ObjectMapper json;

    public DatabaseUnavailableFilter(DatabaseAvailability availability, ObjectMapper json) {
        this.availability = availability;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return GUARDED.stream().noneMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.isUp()) {
            chain.doFilter(request, response);
            return;
        }
        write(response, json);
    }

    public static ProblemDetail problem() {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Layanan sementara tidak tersedia",
                "Basis data sedang tidak dapat dihubungi, sehingga permintaan ini tidak diproses dan tidak ada data "
                        + "yang disimpan. Silakan coba lagi dalam beberapa saat.");
    }

    static void write(HttpServletResponse response, ObjectMapper json) throws IOException {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem());
    }
}
