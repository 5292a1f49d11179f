package id.slrt.caseengine.citizenstatus;

import id.slrt.caseengine.system.InvalidInputException;
import id.slrt.caseengine.system.PhoneNumbers;
import id.slrt.caseengine.system.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open status check for citizens: {@code GET /api/public/cases/{registrationNumber}/status} with the reporter's
 * phone number in the header {@code X-Reporter-Phone} (a header, so it stays out of URLs and access logs).
 * Answers only status, current step and deadline. An unknown case and a wrong phone get the same 404.
 * Limited per client address, and wrong answers per registration number (429 with Retry-After; see
 * {@link StatusCheckLimits}).
 */
@RestController
@Tag(name = "Public")
@EnableConfigurationProperties(PublicStatusProperties.class)
public class PublicStatusController {

    public static final String PHONE_HEADER = "X-Reporter-Phone";

    /** The answer: nothing that names or identifies a person. */
    public record PublicStatus(String registrationNumber, String service, String status, String statusLabel,
                               String currentStep, java.time.OffsetDateTime deadline,
                               java.time.OffsetDateTime closedAt) {
    }

    private final CitizenStatusService statuses;
    private final StatusCheckLimits limits;

    public PublicStatusController(CitizenStatusService statuses, PublicStatusProperties properties) {
        this.statuses = statuses;
        this.limits = new StatusCheckLimits(properties, System::currentTimeMillis);
    }

    @GetMapping(value = "/api/public/cases/{registrationNumber}/status", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Status of a case for the citizen who reported it",
            description = "Second factor: the reporter's phone number in the X-Reporter-Phone header. 404 when the "
                    + "case does not exist or the phone does not match (the same answer); 429 when too many "
                    + "requests came from this address or for this registration number.")
    public ResponseEntity<Object> status(@PathVariable String registrationNumber,
                                         @RequestHeader(name = PHONE_HEADER, required = false) String phone,
                                         HttpServletRequest request) {
        String number = registrationNumber.trim().toUpperCase(Locale.ROOT);
        String client = request.getRemoteAddr();
        long wait = limits.admit(client, number);
        if (wait > 0) {
            ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
                    "Terlalu banyak permintaan", "Terlalu banyak permintaan cek status; coba lagi dalam " + wait + " detik");
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(wait)).body(problem);
        }
        if (phone == null || phone.isBlank()) {
            throw new InvalidInputException(PHONE_HEADER, "REQUIRED",
                    "nomor HP pelapor wajib dikirim di header " + PHONE_HEADER);
        }
        if (PhoneNumbers.normalise(phone).isEmpty()) {
            throw new InvalidInputException(PHONE_HEADER, "PHONE_INVALID",
                    "nomor HP tidak valid; gunakan nomor Indonesia, misalnya 081234567890");
        }
        return statuses.find(number, phone)
                .<ResponseEntity<Object>>map(s -> ResponseEntity.ok(new PublicStatus(s.registrationNumber(), s.service(),
                        s.status(), s.statusLabel(), s.currentStep(), s.deadline(), s.closedAt())))
                .orElseGet(() -> notFound(client, number));
    }

    private ResponseEntity<Object> notFound(String client, String number) {
        limits.wrong(client, number);
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Tidak ditemukan",
                                "Tidak ada kasus dengan nomor registrasi dan nomor HP pelapor ini"));
    }

    /** Forget all counts (tests share one application context). */
    public void resetLimits() {
        limits.reset();
    }
}
