package id.slrt.caseengine.integration;

import id.slrt.caseengine.casefile.PersonData;
import id.slrt.caseengine.step.ServesTopic;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Local stand-in for the Disdukcapil population-record check (topic {@code disdukcapil-nik-check}): is the
 * subject's NIK registered, alive, and on the KK given? Answers from {@code slrt.demo_population_record}.
 */
@Component
@LocalStandIn
@ServesTopic(value = LocalPopulationRecordStandIn.TOPIC, produces = {"identityVerified", "identityNote"})
public class LocalPopulationRecordStandIn extends LocalStandInWorker {

    public static final String TOPIC = "disdukcapil-nik-check";

    private final CaseSubject subjects;
    private final JdbcClient jdbc;

    public LocalPopulationRecordStandIn(ExternalTaskService externalTasks, CaseSubject subjects, JdbcClient jdbc) {
        super(externalTasks, TOPIC);
        this.subjects = subjects;
        this.jdbc = jdbc;
    }

    @Override
    protected StandInOutcome handle(LockedExternalTask task) {
        PersonData subject = subjects.of(task).orElse(null);
        Map<String, Object> result = new LinkedHashMap<>();
        if (subject == null || subject.nik() == null) {
            result.put("identityVerified", false);
            result.put("identityNote", "NIK penerima layanan belum diisi");
            return StandInOutcome.complete(result);
        }
        var record = jdbc.sql("select kk_number, alive from slrt.demo_population_record where nik = ?")
                .param(subject.nik())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getBoolean(2))).optional();
        if (record.isEmpty()) {
            result.put("identityVerified", false);
            result.put("identityNote", "NIK tidak ditemukan dalam data kependudukan Disdukcapil");
        } else if (!record.get().getValue()) {
            result.put("identityVerified", false);
            result.put("identityNote", "NIK tercatat sudah meninggal dunia dalam data kependudukan");
        } else if (subject.kkNumber() != null && !subject.kkNumber().equals(record.get().getKey().trim())) {
            result.put("identityVerified", false);
            result.put("identityNote", "NIK terdaftar pada nomor KK lain; minta KK terbaru");
        } else {
            result.put("identityVerified", true);
            result.put("identityNote", "NIK dan KK sesuai data kependudukan");
        }
        return StandInOutcome.complete(result);
    }
}
