package id.slrt.caseengine.documents;

import id.slrt.caseengine.system.Problems;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused document as a problem document with its own status (too large: 413, not an allowed type: 415). */
@RestControllerAdvice(basePackages = "id.slrt.caseengine")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DocumentProblems {

    @ExceptionHandler(DocumentRefusedException.class)
    public ResponseEntity<ProblemDetail> refused(DocumentRefusedException e) {
        ProblemDetail problem = Problems.invalid(List.of(e.issue()));
        problem.setStatus(e.status().value());
        if (e.status().value() != 400) {
            problem.setTitle(switch (e.status()) {
                case PAYLOAD_TOO_LARGE -> "Berkas terlalu besar";
                case UNSUPPORTED_MEDIA_TYPE -> "Jenis berkas tidak diterima";
                case CONFLICT -> "Dokumen tidak dapat diubah";
                default -> "Dokumen ditolak";
            });
        }
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
