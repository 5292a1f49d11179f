package id.slrt.caseengine.integration;

import id.slrt.caseengine.casefile.PersonData;
import id.slrt.caseengine.step.ServesTopic;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Local stand-in for BPJS Kesehatan activation of a PBI membership (topic {@code bpjs-activation}, variable
 * {@code route}: PBI_JK, PBI_APBD, PBI_APBD_URGENT or REACTIVATION). A membership BPJS has blocked (demo data in
 * {@code slrt.demo_bpjs_membership}) is refused with the BPMN error {@code BPJS_REJECTED}; otherwise the card is
 * active the same day for district-paid and reactivated memberships and from the first of next month for
 * PBI-JK.
 */
@Component
@LocalStandIn
@ServesTopic(value = LocalBpjsActivationStandIn.TOPIC, produces = {"bpjsMembershipNumber", "bpjsActiveFrom"})
public class LocalBpjsActivationStandIn extends LocalStandInWorker {

    public static final String TOPIC = "bpjs-activation";
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final CaseSubject subjects;
    private final JdbcClient jdbc;

    public LocalBpjsActivationStandIn(ExternalTaskService externalTasks, CaseSubject subjects, JdbcClient jdbc) {
        super(externalTasks, TOPIC);
        this.subjects = subjects;
        this.jdbc = jdbc;
    }

    @Override
    protected StandInOutcome handle(LockedExternalTask task) {
        String nik = subjects.of(task).map(PersonData::nik).orElse(null);
        String status = nik == null ? null : jdbc.sql("select status from slrt.demo_bpjs_membership where nik = ?")
                .param(nik).query(String.class).optional().orElse(null);
        if ("BLOCKED".equals(status)) {
            return StandInOutcome.error("BPJS_REJECTED",
                    "Kepesertaan diblokir BPJS Kesehatan; selesaikan dulu di kantor cabang BPJS");
        }
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WIB);
        LocalDate activeFrom = "PBI_JK".equals(task.getVariables().get("route"))
                ? today.withDayOfMonth(1).plusMonths(1) : today;
        String number = "000" + (nik == null ? "0000000000" : nik.substring(6));
        return StandInOutcome.complete(Map.of("bpjsMembershipNumber", number, "bpjsActiveFrom", activeFrom.toString()));
    }
}
