package id.slrt.caseengine.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases", description = "Case intake and case files")
public class IntakeController {

    private final IntakeService intake;

    public IntakeController(IntakeService intake) {
        this.intake = intake;
    }

    @PostMapping(consumes = "application/json", produces = "application/json")
    @Operation(summary = "Open a case", description = "Validates the report, registers the case with a "
            + "registration number and starts the process of its service. 400 lists every invalid field.")
    public ResponseEntity<IntakeResult> open(@RequestBody CaseIntakeRequest request, Principal principal) {
        IntakeResult result = intake.open(request, principal.getName());
        return ResponseEntity.created(URI.create("/api/cases/" + result.registrationNumber())).body(result);
    }
}
