package id.slrt.caseengine.security.region;

import id.slrt.caseengine.identity.RegionDirectory;
import id.slrt.caseengine.system.CurrentActor;
import id.slrt.caseengine.system.FieldIssue;
import id.slrt.caseengine.system.InvalidInputException;
import id.slrt.caseengine.system.OfficeClock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which districts (kecamatan) a staff member, typically a Puskesos operator, is limited to (administrators). */
@RestController
@RequestMapping("/api/admin/staff/{userId}/districts")
@Tag(name = "Administration")
@PreAuthorize("hasAuthority('camunda-admin')")
public class StaffDistrictController {

    private static final Logger log = LoggerFactory.getLogger(StaffDistrictController.class);

    /** The districts, 6-digit Kepmendagri codes without dots (351601 = Jatirejo, Kabupaten Mojokerto). */
    public record Districts(String userId, List<String> districts) {
    }

    private final StaffDistricts staff;
    private final DistrictTaskScoping tasks;
    private final RegionDirectory regions;
    private final CurrentActor actor;
    private final OfficeClock clock;

    public StaffDistrictController(StaffDistricts staff, DistrictTaskScoping tasks, RegionDirectory regions,
                                   CurrentActor actor, OfficeClock clock) {
        this.staff = staff;
        this.tasks = tasks;
        this.regions = regions;
        this.actor = actor;
        this.clock = clock;
    }

    @GetMapping(produces = "application/json")
    @Operation(summary = "The districts a staff member is limited to (empty: the whole regencies of their tenants)")
    public Districts get(@PathVariable String userId) {
        requireUserId(userId);
        return new Districts(userId, List.copyOf(staff.of(userId).orElse(Set.of())));
    }

    @PutMapping(consumes = "application/json", produces = "application/json")
    @Operation(summary = "Limit a staff member to these districts (an empty list lifts the limit)",
            description = "The staff member then sees only the cases of these districts in the case API, search, "
                    + "the case page, survey invitations and legal holds. The regency tenants still decide which "
                    + "regencies they work in.")
    public Districts put(@PathVariable String userId, @RequestBody Districts request) {
        requireUserId(userId);
        List<FieldIssue> errors = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        List<String> given = request == null || request.districts() == null ? List.of() : request.districts();
        for (int i = 0; i < given.size(); i++) {
            String code = given.get(i) == null ? "" : given.get(i).strip();
            if (!code.matches("[0-9]{6}") || !regions.isDistrict(code)) {
                errors.add(new FieldIssue("districts[" + i + "]", "UNKNOWN_DISTRICT",
                        "bukan kode kecamatan Kepmendagri 2025 (6 digit tanpa titik, misalnya 351601)"));
            }
            codes.add(code);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Set<String> saved = staff.assign(userId, codes, actor.name(), clock.now());
        // The tasks already open follow the new districts too (new tasks get theirs when created).
        tasks.resync(userId, saved);
        log.info("Districts of {} set by {}: {}", userId, actor.name(), saved);
        return new Districts(userId, List.copyOf(saved));
    }

    private static void requireUserId(String userId) {
        if (userId == null || !userId.matches("[A-Za-z0-9._@-]{1,100}")) {
            throw new InvalidInputException("userId", "INVALID", "id pengguna tidak sah");
        }
    }
}
