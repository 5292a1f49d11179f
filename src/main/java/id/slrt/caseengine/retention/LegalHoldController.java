package id.slrt.caseengine.retention;

import id.slrt.caseengine.casefile.CaseEventRepository;
import id.slrt.caseengine.casefile.CaseFileController;
import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.casefile.CaseRecord;
import id.slrt.caseengine.security.region.CaseAccess;
import id.slrt.caseengine.system.CurrentActor;
import id.slrt.caseengine.system.FieldIssue;
import id.slrt.caseengine.system.InvalidInputException;
import id.slrt.caseengine.system.NotFoundException;
import id.slrt.caseengine.system.OfficeClock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A legal hold keeps a closed case file from retention; supervisors and administrators set and clear it. */
@RestController
@RequestMapping("/api/cases/{registrationNumber}/legal-hold")
@Tag(name = "Cases")
@PreAuthorize("hasAnyAuthority('supervisor', 'camunda-admin')")
public class LegalHoldController {

    /** The hold of a case. */
    public record LegalHold(String registrationNumber, String reason, String setBy, OffsetDateTime setAt) {
    }

    /** Why the file must be kept (a court case, a police request, an inspection). */
    public record HoldRequest(String reason) {
    }

    private final CaseFileRepository cases;
    private final CaseAccess access;
    private final CaseEventRepository events;
    private final JdbcClient jdbc;
    private final CurrentActor actor;
    private final OfficeClock clock;

    public LegalHoldController(CaseFileRepository cases, CaseAccess access, CaseEventRepository events, JdbcClient jdbc,
                               CurrentActor actor, OfficeClock clock) {
        this.cases = cases;
        this.access = access;
        this.events = events;
        this.jdbc = jdbc;
        this.actor = actor;
        this.clock = clock;
    }

    @GetMapping(produces = "application/json")
    @Operation(summary = "The case's legal hold, if any (supervisors, administrators)")
    public ResponseEntity<LegalHold> get(@PathVariable String registrationNumber) {
        CaseRecord record = visible(registrationNumber);
        return hold(record).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PutMapping(consumes = "application/json", produces = "application/json")
    @Transactional
    @Operation(summary = "Set a legal hold: the retention job keeps the case file until it is cleared",
            description = "Recorded in the case's event log (LEGAL_HOLD_SET, with the reason). Setting it again "
                    + "replaces the reason.")
    public LegalHold set(@PathVariable String registrationNumber, @RequestBody HoldRequest request) {
        CaseRecord record = visible(registrationNumber);
        String reason = request == null || request.reason() == null ? "" : request.reason().strip();
        if (reason.isEmpty() || reason.length() > 500 || reason.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(List.of(new FieldIssue("reason", "INVALID",
                    "Alasan penahanan wajib diisi, paling banyak 500 karakter, tanpa karakter kontrol")));
        }
        if (isErased(record)) {
            throw new InvalidInputException(List.of(new FieldIssue("registrationNumber", "ERASED",
                    "Data pribadi kasus ini sudah dihapus sesuai masa retensi; tidak ada lagi yang dapat ditahan")));
        }
        OffsetDateTime now = clock.now();
        jdbc.sql("""
                        insert into slrt.case_legal_hold (case_id, reason, set_by, set_at) values (?, ?, ?, ?)
                        on conflict (case_id) do update set reason = excluded.reason, set_by = excluded.set_by,
                                                            set_at = excluded.set_at""")
                .params(record.id(), reason, actor.name(), now).update();
        events.append(record.id(), now, "LEGAL_HOLD_SET", null, actor.name(), Map.of("reason", reason));
        return hold(record).orElseThrow();
    }

    @DeleteMapping
    @Transactional
    @Operation(summary = "Clear the legal hold: the case file is erased at the next run once its period has passed",
            description = "Recorded in the case's event log (LEGAL_HOLD_CLEARED).")
    public ResponseEntity<Void> clear(@PathVariable String registrationNumber) {
        CaseRecord record = visible(registrationNumber);
        int removed = jdbc.sql("delete from slrt.case_legal_hold where case_id = ?").param(record.id()).update();
        if (removed == 0) {
            throw new NotFoundException("Kasus " + registrationNumber + " tidak sedang ditahan");
        }
        events.append(record.id(), clock.now(), "LEGAL_HOLD_CLEARED", null, actor.name(), Map.of());
        return ResponseEntity.noContent().build();
    }

    private CaseRecord visible(String registrationNumber) {
        CaseFileController.requireRegistrationNumber(registrationNumber);
        return cases.findByRegistrationNumber(registrationNumber).filter(access::maySee)
                .orElseThrow(() -> new NotFoundException("Kasus " + registrationNumber + " tidak ditemukan"));
    }

    private boolean isErased(CaseRecord record) {
        return jdbc.sql("select erased_at is not null from slrt.case_file where id = ?").param(record.id())
                .query(Boolean.class).single();
    }

    private java.util.Optional<LegalHold> hold(CaseRecord record) {
        return jdbc.sql("select reason, set_by, set_at from slrt.case_legal_hold where case_id = ?")
                .param(record.id())
                .query((rs, n) -> new LegalHold(record.registrationNumber(), rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class)))
                .optional();
    }
}
