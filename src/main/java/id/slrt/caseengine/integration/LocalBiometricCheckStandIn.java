package id.slrt.caseengine.integration;

import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.casefile.CasePersonRepository;
import id.slrt.caseengine.casefile.CaseRecord;
import id.slrt.caseengine.identity.RegionDirectory;
import id.slrt.caseengine.step.ServesTopic;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Local stand-in for the Disdukcapil biometric identity check (topic {@code disdukcapil-biometric-check}): whose
 * fingerprints are these? Answers from the demo table {@code slrt.demo_biometric_record} by the fingerprint
 * capture reference: found with an address in the case's regency ({@code FOUND_LOCAL}), found with an address in
 * another regency ({@code FOUND_OTHER_REGION}, with that regency), or no population record ({@code NO_RECORD}).
 * The NIK and KK found are written to the case file's subject, never into process variables; the registered name
 * replaces the description the person was reported under ({@code subjectName}).
 */
@Component
@LocalStandIn
@ServesTopic(value = LocalBiometricCheckStandIn.TOPIC,
        produces = {"biometricOutcome", "originRegionCode", "originRegionName", "biometricNote", "subjectName"})
public class LocalBiometricCheckStandIn extends LocalStandInWorker {

    public static final String TOPIC = "disdukcapil-biometric-check";

    private record Match(String nik, String kkNumber, String name, String regionCode) {
    }

    private final CaseFileRepository cases;
    private final CasePersonRepository people;
    private final RegionDirectory regions;
    private final JdbcClient jdbc;

    public LocalBiometricCheckStandIn(ExternalTaskService externalTasks, CaseFileRepository cases,
                                      CasePersonRepository people, RegionDirectory regions, JdbcClient jdbc) {
        super(externalTasks, TOPIC);
        this.cases = cases;
        this.people = people;
        this.regions = regions;
        this.jdbc = jdbc;
    }

    @Override
    protected StandInOutcome handle(LockedExternalTask task) {
        if (!(task.getVariables().get("caseId") instanceof Number caseId)) {
            throw new IllegalStateException("External task " + TOPIC + " has no caseId variable");
        }
        CaseRecord record = cases.findById(caseId.longValue()).orElseThrow(() ->
                new IllegalStateException("External task " + TOPIC + " refers to an unknown case " + caseId));
        Object reference = task.getVariables().get("fingerprintReference");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("originRegionCode", null);
        result.put("originRegionName", null);
        if (reference == null || reference.toString().isBlank()) {
            result.put("biometricOutcome", "NO_RECORD");
            result.put("biometricNote", "Sidik jari belum direkam: tidak ada nomor referensi perekaman");
            return StandInOutcome.complete(result);
        }
        var match = jdbc.sql("select nik, kk_number, name, region_code from slrt.demo_biometric_record where capture_reference = ?")
                .param(reference.toString().trim())
                .query((rs, n) -> new Match(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).optional();
        if (match.isEmpty()) {
            result.put("biometricOutcome", "NO_RECORD");
            result.put("biometricNote", "Sidik jari tidak cocok dengan data kependudukan mana pun");
            return StandInOutcome.complete(result);
        }
        if (record.subjectPersonId() == null) {
            throw new IllegalStateException("Case " + record.registrationNumber() + " has no subject to identify");
        }
        people.updateNik(record.subjectPersonId(), match.get().nik().trim());
        if (match.get().kkNumber() != null) {
            people.updateKkNumber(record.subjectPersonId(), match.get().kkNumber().trim());
        }
        people.updateName(record.subjectPersonId(), match.get().name());
        result.put("subjectName", match.get().name());
        String region = match.get().regionCode().trim();
        if (region.equals(record.regionCode())) {
            result.put("biometricOutcome", "FOUND_LOCAL");
            result.put("biometricNote", "Sidik jari cocok dengan penduduk terdaftar di wilayah ini");
        } else {
            result.put("biometricOutcome", "FOUND_OTHER_REGION");
            result.put("originRegionCode", region);
            result.put("originRegionName", regions.nameOf(region));
            result.put("biometricNote", "Sidik jari cocok dengan penduduk terdaftar di " + regions.nameOf(region));
        }
        return StandInOutcome.complete(result);
    }
}
