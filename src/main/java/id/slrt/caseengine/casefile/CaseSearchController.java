package id.slrt.caseengine.casefile;

import id.slrt.caseengine.audit.CaseAudit;
import id.slrt.caseengine.security.region.CaseAccess;
import id.slrt.caseengine.system.FieldIssue;
import id.slrt.caseengine.system.InvalidInputException;
import id.slrt.caseengine.system.OfficeClock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases")
public class CaseSearchController {

    private final CaseSearch search;
    private final OfficeClock clock;
    private final CaseAccess access;
    private final CaseAudit audit;

    private final id.slrt.caseengine.catalogue.PpksTypes ppksTypes;

    public CaseSearchController(CaseSearch search, OfficeClock clock, CaseAccess access, CaseAudit audit,
                                id.slrt.caseengine.catalogue.PpksTypes ppksTypes) {
        this.ppksTypes = ppksTypes;
        this.audit = audit;
        this.search = search;
        this.clock = clock;
        this.access = access;
    }

    @GetMapping(produces = "application/json")
    @PreAuthorize("hasAnyAuthority('front-office', 'caseworker', 'supervisor', 'camunda-admin')")
    @Operation(summary = "Find cases", description = "By registration number, subject NIK or KK number, region, "
            + "service, PPKS type (ppks), status, open/closed or overdue; ordered by deadline, nearest first.")
    public List<CaseSearch.CaseSummary> find(@RequestParam(required = false) String registrationNumber,
                                             @RequestParam(required = false) String nik,
                                             @RequestParam(required = false) String kkNumber,
                                             @RequestParam(required = false) String regionCode,
                                             @RequestParam(required = false) String serviceType,
                                             @RequestParam(required = false) String status,
                                             @RequestParam(required = false) Boolean open,
                                             @RequestParam(required = false) Boolean overdue,
                                             @RequestParam(required = false) String ppks,
                                             @RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = "50") int size) {
        List<FieldIssue> errors = new ArrayList<>();
        check(errors, "nik", nik, "[0-9]{16}", "NIK harus 16 digit angka");
        check(errors, "kkNumber", kkNumber, "[0-9]{16}", "nomor KK harus 16 digit angka");
        check(errors, "regionCode", regionCode, "[0-9]{4}", "kode kabupaten/kota harus 4 digit angka");
        check(errors, "registrationNumber", registrationNumber, "SLRT-[0-9]{4}-[0-9]{4}-[0-9]{6}",
                "nomor registrasi berbentuk SLRT-3516-2026-000123");
        check(errors, "serviceType", serviceType, "[A-Z][A-Z0-9_]{0,39}", "jenis layanan berupa kode huruf besar, misalnya COMPLAINT");
        if (ppks != null && (!ppks.matches("[A-Z_]{2,40}") || ppksTypes.find(ppks).isEmpty())) {
            errors.add(new FieldIssue("ppks", "NOT_ALLOWED", "jenis PPKS tidak dikenal; gunakan kode dari daftar "
                    + "26 jenis PPKS, misalnya FAKIR_MISKIN"));
        }
        if (status != null && !search.isKnownStatus(status)) {
            errors.add(new FieldIssue("status", "NOT_ALLOWED", "status tidak dikenal; pilihan: "
                    + String.join(", ", search.statuses())));
        }
        if (page < 0 || page > 100_000) {
            errors.add(new FieldIssue("page", "OUT_OF_RANGE", "halaman dari 0 sampai 100000"));
        }
        if (size < 1 || size > 200) {
            errors.add(new FieldIssue("size", "OUT_OF_RANGE", "ukuran halaman 1 sampai 200"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<CaseSearch.CaseSummary> found = search.find(new CaseSearch.Criteria(registrationNumber, nik, kkNumber, regionCode, serviceType, status,
                open, overdue, access.visibleRegencies().orElse(null), access.restriction().orElse(null),
                access.visibleDistricts().orElse(null), ppks), clock.now(),
                page, size);
        // Search results show personal data (the subject's name, matched by NIK or KK): each case in the result is
        // recorded in the access audit with the criteria used (their names, not the values).
        Map<String, Object> used = new LinkedHashMap<>();
        List<String> criteria = new ArrayList<>(criteriaUsed(registrationNumber, nik, kkNumber, regionCode, serviceType,
                status, open, overdue));
        if (ppks != null) {
            criteria.add("ppks");
        }
        used.put("criteria", criteria);
        audit.read(CaseAudit.Action.SEARCH_RESULT, found.stream().map(CaseSearch.CaseSummary::registrationNumber).toList(),
                used);
        return found;
    }

    private static List<String> criteriaUsed(String registrationNumber, String nik, String kkNumber, String regionCode,
                                             String serviceType, String status, Boolean open, Boolean overdue) {
        Map<String, Object> criteria = new LinkedHashMap<>();
        criteria.put("registrationNumber", registrationNumber);
        criteria.put("nik", nik);
        criteria.put("kkNumber", kkNumber);
        criteria.put("regionCode", regionCode);
        criteria.put("serviceType", serviceType);
        criteria.put("status", status);
        criteria.put("open", open);
        criteria.put("overdue", overdue);
        return criteria.entrySet().stream().filter(e -> e.getValue() != null).map(Map.Entry::getKey).toList();
    }

    private static void check(List<FieldIssue> errors, String field, String value, String pattern, String message) {
        if (value != null && !value.matches(pattern)) {
            errors.add(new FieldIssue(field, "INVALID_FORMAT", message));
        }
    }
}
