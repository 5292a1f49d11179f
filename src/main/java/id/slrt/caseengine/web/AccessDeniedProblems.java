package id.slrt.caseengine.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A {@code @PreAuthorize} refusal inside a controller is a 403 problem, like a refusal by the security filter
 * chain (the catch-all handler of {@link ProblemHandler} would otherwise turn it into a 500).
 */
@RestControllerAdvice(basePackages = "id.slrt.caseengine")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AccessDeniedProblems {

    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Tidak berwenang",
                "Peran Anda tidak mengizinkan tindakan ini");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
