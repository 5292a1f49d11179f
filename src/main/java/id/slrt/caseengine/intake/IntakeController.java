package id.slrt.caseengine.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases", description = "Case intake and case files")
public class IntakeController {

    private final IntakeService intake;
    private final IdempotentIntake idempotent;

    public IntakeController(IntakeService intake, IdempotentIntake idempotent) {
        this.intake = intake;
        this.idempotent = idempotent;
    }

    @PostMapping(consumes = "application/json", produces = "application/json")
    @Operation(summary = "Open a case", description = "Validates the report, registers the case with a "
            + "registration number and starts the process of its service. 400 lists every invalid field. "
            + "With an Idempotency-Key header a repeated request returns the first answer (header "
            + "Idempotent-Replayed: true) instead of opening a second case; the same key with another body is 422.")
    public ResponseEntity<IntakeResult> open(@RequestBody CaseIntakeRequest request, Principal principal,
                                             @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        if (key != null) {
            IdempotentIntake.Outcome outcome = idempotent.open(request, principal.getName(), key);
            IntakeResult result = outcome.result();
            return ResponseEntity.created(URI.create("/api/cases/" + result.registrationNumber()))
                    .header("Idempotent-Replayed", String.valueOf(outcome.replayed())).body(result);
        }
        IntakeResult result = intake.open(request, principal.getName());
        return ResponseEntity.created(URI.create("/api/cases/" + result.registrationNumber())).body(result);
    }
}
