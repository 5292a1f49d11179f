package id.slrt.caseengine.web;

import id.slrt.caseengine.system.Problems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside the project's controllers (a refused URL, a filter's {@code sendError}, Camunda's CSRF
 * filter, an unknown path) answer with a problem document in Indonesian instead of Spring's default error body.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.resolve(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        ProblemDetail problem = of(status);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path) {
            problem.setInstance(java.net.URI.create(path.replaceAll("[^A-Za-z0-9/._~%-]", "_")));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Title and plain-Indonesian reason of a status. */
    public static ProblemDetail of(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> Problems.of(status, "bad-request", "Permintaan tidak valid",
                    "Alamat atau isi permintaan tidak dapat dibaca (misalnya berisi karakter yang tidak diizinkan)");
            case UNAUTHORIZED -> Problems.of(status, "unauthenticated", "Perlu masuk",
                    "Permintaan ini memerlukan nama pengguna dan kata sandi");
            case FORBIDDEN -> Problems.of(status, "forbidden", "Tidak berwenang",
                    "Permintaan ditolak: Anda tidak berwenang, atau token keamanan (CSRF) tidak ada atau tidak cocok; "
                            + "muat ulang halaman lalu masuk kembali");
            case NOT_FOUND -> Problems.of(status, "not-found", "Tidak ditemukan", "Alamat ini tidak ada");
            case METHOD_NOT_ALLOWED -> Problems.of(status, "method-not-allowed", "Metode tidak didukung",
                    "Alamat ini tidak menerima metode permintaan tersebut");
            case PAYLOAD_TOO_LARGE -> Problems.of(status, "body-too-large", "Isi permintaan terlalu besar",
                    "Isi permintaan melebihi batas ukuran");
            case UNSUPPORTED_MEDIA_TYPE -> Problems.of(status, "unsupported-media-type", "Jenis isi tidak didukung",
                    "Content-Type permintaan tidak didukung alamat ini");
            case TOO_MANY_REQUESTS -> Problems.of(status, "too-many-requests", "Terlalu banyak permintaan",
                    "Terlalu banyak permintaan; coba lagi nanti");
            case SERVICE_UNAVAILABLE -> Problems.of(status, "unavailable", "Layanan sementara tidak tersedia",
                    "Coba lagi dalam beberapa saat");
            default -> status.is4xxClientError()
                    ? Problems.of(status, "client-error", "Permintaan tidak dapat diproses", status.getReasonPhrase())
                    : Problems.of(status, "server-error", "Kesalahan pada server",
                    "Permintaan tidak dapat diproses karena kesalahan pada server. Silakan coba lagi atau hubungi administrator.");
        };
    }
}
