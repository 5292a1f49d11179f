package id.slrt.caseengine.casefile;

import id.slrt.caseengine.audit.CaseAudit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases")
public class CaseFileController {

    private final CaseViewService views;
    private final CaseAudit audit;

    public CaseFileController(CaseViewService views, CaseAudit audit) {
        this.views = views;
        this.audit = audit;
    }

    @GetMapping(value = "/{registrationNumber}", produces = "application/json")
    @Operation(summary = "A case with its people, open tasks and event log",
            description = "Each successful read is recorded in the case's access audit (GET /api/cases/{n}/audit).")
    public CaseView get(@PathVariable String registrationNumber) {
        requireRegistrationNumber(registrationNumber);
        CaseView view = views.view(registrationNumber);
        // Personal data was shown: recorded in the append-only access audit (GET /api/cases/{n}/audit).
        audit.read(CaseAudit.Action.VIEW, List.of(view.registrationNumber()), Map.of());
        return view;
    }

    /** A path that cannot be a registration number is a client mistake (400), not an unknown case (404). */
    public static void requireRegistrationNumber(String registrationNumber) {
        if (registrationNumber == null || !registrationNumber.matches("SLRT-[0-9]{4}-[0-9]{4}-[0-9]{6}")) {
            throw new id.slrt.caseengine.system.InvalidInputException("registrationNumber", "INVALID_FORMAT",
                    "nomor registrasi berbentuk SLRT-3516-2026-000123");
        }
    }
}
