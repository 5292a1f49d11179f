package id.slrt.caseengine.catalogue;

import static id.slrt.caseengine.support.Escalations.letTheDeadlinePass;
import static id.slrt.caseengine.support.Escalations.openTask;
import static id.slrt.caseengine.support.ProcessTests.submitStartForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.casefile.CaseRecord;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.intake.Sex;
import id.slrt.caseengine.referral.ReferralRepository;
import id.slrt.caseengine.sla.WorkingCalendar;
import id.slrt.caseengine.support.CoversEveryPath;
import id.slrt.caseengine.support.IntegrationTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every catalogue service served by {@code service-referral.bpmn}, end to end through the API and through the
 * Tasklist start form, and every path of the diagram: requirements returned to the village, verification returned
 * and rejected, the head of unit declining, the agency declining, and every step's deadline running out.
 */
@IntegrationTest
@CoversEveryPath("service-referral")
class ServiceReferralProcessTest {

    /** Thursday 26 November 2026, 09:00 WIB. */
    static final OffsetDateTime THURSDAY_MORNING = OffsetDateTime.of(2026, 11, 26, 9, 0, 0, 0, ZoneOffset.ofHours(7));
    static final String NIK = "3516015203850001";
    static final String KK = "3516011503200001";

    @Autowired
    ProcessEngine engine;
    @Autowired
    IntakeService intake;
    @Autowired
    ServiceCatalogue catalogue;
    @Autowired
    CaseFileRepository cases;
    @Autowired
    ReferralRepository referrals;
    @Autowired
    WorkingCalendar workingDays;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(THURSDAY_MORNING.toInstant()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everyCatalogueServiceIsServedEndToEndFromTheApiAndFromTheStartForm() {
        List<ServiceCatalogue.Entry> services = catalogue.all().stream()
                .filter(e -> "service-referral".equals(e.processKey())).toList();
        assertThat(services).as("catalogue services beyond the seven with their own flow").hasSizeGreaterThanOrEqualTo(15);
        for (ServiceCatalogue.Entry service : services) {
            String api = intake.open(request(service.serviceType()), "operator").registrationNumber();
            walk(service, instance(api));
            Map<String, Object> form = startForm(service.serviceType());
            walk(service, submitStartForm(engine, "service-referral", form));
        }
    }

    /** The happy path of one service: checked, verified, approved, letter issued, referred, served, closed. */
    private void walk(ServiceCatalogue.Entry service, ProcessInstance instance) {
        String number = instance.getBusinessKey();
        assertThat(instance).as(service.serviceType()).hasPassed("RegisterRequest", "ReadCatalogue",
                "SendRegistrationNumber").isWaitingAt("CheckRequirements");
        assertThat(task(instance)).hasCandidateGroup("front-office");
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "serviceLabel")).isEqualTo(service.label());
        assertThat(jdbc.sql("select count(*) from slrt.case_ppks p join slrt.case_file c on c.id = p.case_id "
                + "where c.registration_number = ?").param(number).query(Integer.class).single())
                .as("PPKS of %s", service.serviceType()).isGreaterThanOrEqualTo(1);
        complete(task(instance), withVariables("requirementsComplete", "COMPLETE"));
        assertThat(task(instance)).hasCandidateGroup("caseworker");
        complete(task(instance), withVariables("verificationDecision", "VALID", "verificationNote", "Data sesuai dokumen"));
        assertThat(instance).isWaitingAt("DecideService");
        assertThat(task(instance)).hasCandidateGroup("supervisor");
        complete(task(instance), withVariables("serviceDecision", "APPROVE", "decisionNote", "Disetujui"));
        assertThat(instance).isWaitingAt("IssueLetter");
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "letterType")).isEqualTo(service.letter());
        complete(task(instance), withVariables("letterBody", "Untuk keperluan " + service.label() + "."));

        assertThat(instance).hasPassed("IssueCatalogueLetter", "ReferToAgency", "NotifyReferral")
                .isWaitingAt("AgencyAnswer");
        // The catalogue entry's letter, issued and numbered; its number goes with the referral.
        Map<String, Object> letter = jdbc.sql("""
                        select l.letter_type, l.letter_number from slrt.letter l join slrt.case_file c on c.id = l.case_id
                         where c.registration_number = ?""").param(number).query().singleRow();
        assertThat(letter.get("letter_type")).as("letter of %s", service.serviceType()).isEqualTo(service.letter());
        assertThat(task(instance)).hasCandidateGroup("opd-liaison");
        OffsetDateTime answeredBy = workingDays.addWorkingDays(THURSDAY_MORNING,
                Period.parse(service.answerTarget()).getDays());
        assertThat(task(instance).getDueDate()).as("answer target of %s", service.serviceType())
                .isEqualTo(Date.from(answeredBy.toInstant()));
        CaseRecord referred = cases.findByRegistrationNumber(number).orElseThrow();
        ReferralRepository.Referral referral = referrals.ofCase(referred.id()).get(0);
        assertThat(referral.agencyCode()).isEqualTo(service.agencyCode());
        assertThat(referral.purpose()).startsWith(service.label()).contains((String) letter.get("letter_number"));

        complete(task(instance), withVariables("agencyDecision", "ACCEPTED", "agencyNote", "Sudah dilayani",
                "agencyReference", "REF-1"));
        assertThat(instance).hasPassed("RecordAgencyAnswer", "NotifyAccepted", "CloseAccepted", "ServiceDelivered")
                .isEnded();
        assertThat(cases.findByRegistrationNumber(number).orElseThrow().outcome()).isEqualTo("REFERRAL_ACCEPTED");
    }

    @Test
    void incompleteRequirementsAndAReturnedVerificationGoBackToTheVillageThenTheHeadOfUnitDeclines() {
        ProcessInstance instance = submitStartForm(engine, "service-referral", startForm("RTLH_REFERRAL"));
        complete(task(instance), withVariables("requirementsComplete", "INCOMPLETE",
                "requirementsNote", "Foto rumah tampak dalam belum ada"));
        assertThat(instance).hasPassed("RecordRequirementsReturn", "ReturnJoin", "NotifyReturn")
                .isWaitingAt("CorrectApplication");
        assertThat(task(instance)).hasCandidateGroup("front-office");
        assertThat(outbox(instance)).last().asString().contains("Foto rumah tampak dalam belum ada");
        assertThat(caseFile(instance).status()).isEqualTo("RETURNED");
        complete(task(instance), withVariables("correctionNote", "Foto sudah dilampirkan"));

        assertThat(instance).isWaitingAt("CheckRequirements");
        complete(task(instance), withVariables("requirementsComplete", "COMPLETE"));
        complete(task(instance), withVariables("verificationDecision", "RETURN",
                "verificationNote", "Surat keterangan tanah belum ditandatangani kepala desa"));
        assertThat(instance).hasPassed("RecordCaseworkerReturn").isWaitingAt("CorrectApplication");
        complete(task(instance), withVariables("correctionNote", "Sudah ditandatangani"));
        complete(task(instance), withVariables("requirementsComplete", "COMPLETE"));
        complete(task(instance), withVariables("verificationDecision", "VALID", "verificationNote", "Lengkap"));
        complete(task(instance), withVariables("serviceDecision", "DECLINE",
                "decisionNote", "Kuota RTLH tahun ini sudah habis; diusulkan tahun depan"));

        assertThat(instance).hasPassed("NotifyDeclined", "CloseDeclined", "Declined").isEnded();
        assertThat(caseFile(instance).outcome()).isEqualTo("NOT_APPROVED");
        assertThat(outbox(instance)).last().asString().contains("Kuota RTLH tahun ini sudah habis");
    }

    @Test
    void anIneligibleRequestIsRejectedAtVerificationAndAnAgencyMayDecline() {
        ProcessInstance rejected = instance(intake.open(request("HOSPITAL_FEE_WAIVER"), "operator").registrationNumber());
        complete(task(rejected), withVariables("requirementsComplete", "COMPLETE"));
        complete(task(rejected), withVariables("verificationDecision", "REJECT",
                "verificationNote", "Pasien sudah terdaftar sebagai peserta PBI JK aktif"));
        assertThat(rejected).hasPassed("NotifyNotEligible", "CloseNotEligible", "NotEligible").isEnded();
        assertThat(caseFile(rejected).outcome()).isEqualTo("NOT_ELIGIBLE");

        ProcessInstance declined = instance(intake.open(request("KUBE_GROUP"), "operator").registrationNumber());
        complete(task(declined), withVariables("requirementsComplete", "COMPLETE"));
        complete(task(declined), withVariables("verificationDecision", "VALID", "verificationNote", "Lengkap"));
        complete(task(declined), withVariables("serviceDecision", "APPROVE", "decisionNote", "Disetujui"));
        complete(task(declined), withVariables("letterBody", "Untuk keperluan KUBE."));
        complete(task(declined), withVariables("agencyDecision", "REJECTED",
                "agencyNote", "Proposal belum memenuhi syarat jumlah anggota", "agencyReference", ""));
        assertThat(declined).hasPassed("NotifyAgencyDeclined", "CloseAgencyDeclined", "AgencyDeclined").isEnded();
        ReferralRepository.Referral referral = referrals.ofCase(caseFile(declined).id()).get(0);
        assertThat(referral.outcome()).isEqualTo("UNSUCCESSFUL");
        assertThat(referral.reasonCode()).isEqualTo("AGENCY_DECLINED");
    }

    @Test
    void everyLateStepIsFlaggedAtRiskAndEscalated() {
        ProcessInstance instance = instance(intake.open(request("DTSEN_NEW_PROPOSAL"), "operator").registrationNumber());
        letTheDeadlinePass(engine, jdbc, instance, "CheckRequirements");
        complete(openTask(engine, instance, "CheckRequirements"), withVariables("requirementsComplete", "INCOMPLETE",
                "requirementsNote", "Surat pengantar desa belum ada"));
        letTheDeadlinePass(engine, jdbc, instance, "CorrectApplication");
        complete(openTask(engine, instance, "CorrectApplication"), withVariables("correctionNote", "Dilengkapi"));
        complete(openTask(engine, instance, "CheckRequirements"), withVariables("requirementsComplete", "COMPLETE"));
        letTheDeadlinePass(engine, jdbc, instance, "VerifyApplication");
        complete(openTask(engine, instance, "VerifyApplication"), withVariables("verificationDecision", "VALID",
                "verificationNote", "Lengkap"));
        letTheDeadlinePass(engine, jdbc, instance, "DecideService");
        complete(openTask(engine, instance, "DecideService"), withVariables("serviceDecision", "APPROVE",
                "decisionNote", "Disetujui"));
        letTheDeadlinePass(engine, jdbc, instance, "IssueLetter");
        complete(openTask(engine, instance, "IssueLetter"), withVariables("letterBody", "Untuk perbaikan data DTSEN."));
        letTheDeadlinePass(engine, jdbc, instance, "AgencyAnswer");
        complete(openTask(engine, instance, "AgencyAnswer"), withVariables("agencyDecision", "ACCEPTED",
                "agencyNote", "Masuk usulan bulan ini", "agencyReference", "SIKS-NG/2026/12"));
        assertThat(instance).isEnded();
    }

    private ProcessInstance instance(String registrationNumber) {
        return BpmnAwareTests.processInstanceQuery().processInstanceBusinessKey(registrationNumber).singleResult();
    }

    private CaseRecord caseFile(ProcessInstance instance) {
        return cases.findByRegistrationNumber(instance.getBusinessKey()).orElseThrow();
    }

    private List<String> outbox(ProcessInstance instance) {
        return jdbc.sql("select body from slrt.notification_outbox where case_id = ? order by id")
                .param(caseFile(instance).id()).query(String.class).list();
    }

    static CaseIntakeRequest request(String serviceType) {
        return new CaseIntakeRequest(serviceType, Channel.WALK_IN, "3516",
                new CaseIntakeRequest.Subject(NIK, KK, "Sri Wahyuni", LocalDate.of(1985, 3, 12), Sex.F,
                        "Jl. RA Basuni 8, Sooko"),
                new CaseIntakeRequest.Reporter("Sri Wahyuni", "+6281234500001"), "Permohonan layanan");
    }

    static Map<String, Object> startForm(String serviceType) {
        Map<String, Object> form = new HashMap<>();
        form.put("serviceType", serviceType);
        form.put("channel", "WALK_IN");
        form.put("regionCode", "3516");
        form.put("subjectName", "Sri Wahyuni");
        form.put("subjectNik", NIK);
        form.put("subjectKkNumber", KK);
        form.put("subjectBirthDate", "1985-03-12");
        form.put("subjectSex", "F");
        form.put("subjectAddress", "Jl. RA Basuni 8, Sooko");
        form.put("reporterName", "Sri Wahyuni");
        form.put("reporterPhone", "081234500001");
        form.put("description", "Permohonan layanan dari loket");
        return form;
    }
}
