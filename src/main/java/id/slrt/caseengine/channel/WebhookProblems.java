package id.slrt.caseengine.channel;

import id.slrt.caseengine.system.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Answers of the webhooks when a request is refused; nothing is written in any of these cases. */
final class WebhookProblems {

    private WebhookProblems() {
    }

    static ResponseEntity<Object> badSignature(String header) {
        return problem(Problems.of(HttpStatus.UNAUTHORIZED, "bad-signature", "Tanda tangan tidak valid",
                "Header " + header + " tidak ada atau tidak cocok dengan isi permintaan"));
    }

    static ResponseEntity<Object> notConfigured(String variable) {
        return problem(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "channel-not-configured", "Saluran belum diatur",
                "Saluran ini belum dikonfigurasi (" + variable + ")"));
    }

    private static ResponseEntity<Object> problem(ProblemDetail detail) {
        return ResponseEntity.status(detail.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
    }
}
