package id.slrt.caseengine.casefile;

import id.slrt.caseengine.audit.CaseAudit;
import id.slrt.caseengine.security.region.CaseAccess;
import id.slrt.caseengine.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases/{registrationNumber}/audit")
@Tag(name = "Cases")
@PreAuthorize("hasAuthority('supervisor')")
public class CaseAuditController {

    private final CaseFileRepository cases;
    private final CaseAccess access;
    private final CaseAudit audit;

    public CaseAuditController(CaseFileRepository cases, CaseAccess access, CaseAudit audit) {
        this.cases = cases;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping(produces = "application/json")
    @Operation(summary = "Who read or changed a case, and when (supervisors)",
            description = "Reads of the case's personal data through the API (VIEW: the case view; SEARCH_RESULT: the "
                    + "case was in a search result, with the criteria used) and every change from the case event log "
                    + "(CHANGE, with the event type), oldest first. Reading the trail is itself recorded (AUDIT_VIEW). "
                    + "Both tables are append-only in the database.")
    public List<CaseAudit.Entry> trail(@PathVariable String registrationNumber) {
        id.slrt.caseengine.casefile.CaseFileController.requireRegistrationNumber(registrationNumber);
        CaseRecord record = cases.findByRegistrationNumber(registrationNumber).filter(access::maySee)
                .orElseThrow(() -> new NotFoundException("Kasus " + registrationNumber + " tidak ditemukan"));
        audit.read(CaseAudit.Action.AUDIT_VIEW, List.of(registrationNumber), Map.of());
        return audit.trail(record.id());
    }
}
