package id.slrt.caseengine.casefile;

import id.slrt.caseengine.catalogue.PpksTypes;
import id.slrt.caseengine.security.region.CaseAccess;
import id.slrt.caseengine.system.CurrentActor;
import id.slrt.caseengine.system.FieldIssue;
import id.slrt.caseengine.system.InvalidInputException;
import id.slrt.caseengine.system.NotFoundException;
import id.slrt.caseengine.system.OfficeClock;
import io.swagger.v3.oas.annotations.Operation;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caseworker's PPKS classification at assessment: replaces the types a case carries. */
@RestController
@RequestMapping("/api/cases")
public class CasePpksController {

    /** {@code PUT /api/cases/{registrationNumber}/ppks} body. */
    public record PpksChange(List<String> ppksTypes) {
    }

    private final CaseFileRepository cases;
    private final CasePpksRepository ppks;
    private final PpksTypes types;
    private final CaseAccess access;
    private final CaseEventRepository events;
    private final CurrentActor actor;
    private final OfficeClock clock;

    public CasePpksController(CaseFileRepository cases, CasePpksRepository ppks, PpksTypes types, CaseAccess access,
                              CaseEventRepository events, CurrentActor actor, OfficeClock clock) {
        this.cases = cases;
        this.ppks = ppks;
        this.types = types;
        this.access = access;
        this.events = events;
        this.actor = actor;
        this.clock = clock;
    }

    @PutMapping(value = "/{registrationNumber}/ppks", consumes = "application/json", produces = "application/json")
    @PreAuthorize("hasAnyAuthority('caseworker', 'supervisor')")
    @Operation(summary = "Classify a case by PPKS type at assessment",
            description = "Replaces the case's PPKS types (codes of bpmn/ppks-types.dmn, one to 26).")
    @Transactional
    public List<CasePpksRepository.CasePpks> classify(@PathVariable String registrationNumber,
                                                      @RequestBody PpksChange change) {
        CaseFileController.requireRegistrationNumber(registrationNumber);
        CaseRecord c = cases.findByRegistrationNumber(registrationNumber).filter(access::maySee)
                .orElseThrow(() -> new NotFoundException("Kasus " + registrationNumber + " tidak ditemukan"));
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        if (change != null && change.ppksTypes() != null) {
            change.ppksTypes().stream().filter(code -> code != null && !code.isBlank()).map(String::strip)
                    .forEach(codes::add);
        }
        if (codes.isEmpty() || codes.size() > 26) {
            throw new InvalidInputException("ppksTypes", "REQUIRED", "pilih satu sampai 26 jenis PPKS");
        }
        List<String> unknown = codes.stream().filter(code -> !code.matches("[A-Z_]{2,40}")).toList();
        if (unknown.isEmpty()) {
            unknown = types.unknown(codes);
        }
        if (!unknown.isEmpty()) {
            String shown = unknown.get(0).length() > 40 ? unknown.get(0).substring(0, 40) + "..." : unknown.get(0);
            throw new InvalidInputException(List.of(new FieldIssue("ppksTypes", "NOT_ALLOWED", "jenis PPKS '" + shown
                    + "' tidak dikenal; gunakan kode dari daftar 26 jenis PPKS, misalnya FAKIR_MISKIN")));
        }
        OffsetDateTime now = clock.now();
        ppks.replace(c.id(), codes, "ASSESSMENT", actor.name(), now);
        events.append(c.id(), now, "PPKS_CLASSIFIED", null, actor.name(), Map.of("ppksTypes", List.copyOf(codes)));
        return ppks.of(c.id());
    }
}
