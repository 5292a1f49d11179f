package id.slrt.caseengine.system;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Problem documents (RFC 9457) with the project's type URIs and Indonesian titles. */
public final class Problems {

    public static final String BASE = "https://slrt.example/problems/";

    private Problems() {
    }

    public static ProblemDetail invalid(List<FieldIssue> issues) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(URI.create(BASE + "invalid-input"));
        problem.setTitle("Data tidak valid");
        problem.setDetail(issues.size() == 1
                ? issues.get(0).field() + ": " + issues.get(0).message()
                : issues.size() + " isian tidak valid; lihat daftar 'errors'");
        problem.setProperty("errors", issues.stream()
                .map(i -> Map.of("field", i.field(), "code", i.code(), "message", i.message()))
                .toList());
        return problem;
    }

    public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(BASE + type));
        problem.setTitle(title);
        problem.setDetail(detail);
        return problem;
    }
}
