package id.slrt.caseengine.puskesos;

import id.slrt.caseengine.referral.ReferralRepository;
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
import id.slrt.caseengine.casefile.CaseViewService;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.support.CoversEveryPath;
import id.slrt.caseengine.support.IntegrationTest;
import java.time.OffsetDateTime;
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
 * Village applications (seeds 001 and 003), through every path of {@code puskesos-application.bpmn}, including every
 * step's deadline running out (flagged at risk, breach recorded, escalated to the supervisor).
 */
@IntegrationTest
@CoversEveryPath("puskesos-application")
class PuskesosApplicationProcessTest {

    /** Thursday 26 November 2026, 09:00 WIB. */
    static final OffsetDateTime THURSDAY_MORNING = OffsetDateTime.of(2026, 11, 26, 9, 0, 0, 0, ZoneOffset.ofHours(7));
    static final String NIK = "3325014506880003";
    static final String KK = "3325011203150007";
    static final String KK_KENDAL = "3324011203150007";

    @Autowired
    ProcessEngine engine;
    @Autowired
    IntakeService intake;
    @Autowired
    CaseFileRepository cases;
    @Autowired
    CaseViewService views;
    @Autowired
    ReferralRepository referrals;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    id.slrt.caseengine.documents.CaseDocuments documents;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(THURSDAY_MORNING.toInstant()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /**
     * Nobody keeps the deadlines: the village correction (2 working days), the Dinsos verification and the agency's
     * answer (1 working day each) are each flagged at risk at 75 % of their time and escalated to the supervisor at
     * their deadline, while the late task goes on; the application still reaches the agency and is accepted.
     */
    @Test
    void everyLateStepOfAVillageApplicationIsFlaggedAtRiskAndEscalated() {
        Map<String, Object> form = applicationForm(NIK, KK);
        form.put("bankAccountNumber", "1234 5678 9012");
        ProcessInstance application = start(form);

        letTheDeadlinePass(engine, jdbc, application, "CorrectApplication");
        complete(openTask(engine, application, "CorrectApplication"), correction("0123-01-000123-50-1"));

        letTheDeadlinePass(engine, jdbc, application, "VerifyApplication");
        complete(openTask(engine, application, "VerifyApplication"), withVariables("verificationDecision", "VALID",
                "verificationNote", "Data sesuai, diverifikasi terlambat"));

        letTheDeadlinePass(engine, jdbc, application, "AgencyAnswer");
        complete(openTask(engine, application, "AgencyAnswer"), withVariables("agencyDecision", "ACCEPTED",
                "agencyReference", "BPJS/PBI/2026/140", "agencyNote", "Dijawab terlambat"));

        assertThat(application).hasPassed("CorrectApplicationEscalationHandled", "VerifyApplicationEscalationHandled",
                "AgencyAnswerEscalationHandled", "CloseAccepted").isEnded();
        assertThat(caseFile(application.getBusinessKey()).outcome()).isEqualTo("REFERRAL_ACCEPTED");
    }

    @Test
    void aBadBankAccountGoesBackToTheOperatorWithTheReasonIsCorrectedAndReachesTheAgency() {
        Map<String, Object> form = applicationForm(NIK, KK);
        form.put("bankAccountNumber", "1234 5678 9012");
        ProcessInstance application = start(form);
        String number = application.getBusinessKey();

        assertThat(application).hasPassed("RegisterApplication", "SendRegistrationNumber", "CheckDuplicates",
                "VerifyAutomatically", "RecordAutomaticReturn", "NotifyReturn").isWaitingAt("CorrectApplication");
        assertThat(task(application)).hasCandidateGroup("front-office")
                .hasDueDate(date(2026, 11, 30));
        String reasons = (String) engine.getRuntimeService().getVariable(application.getId(), "returnReasons");
        assertThat(reasons).isEqualTo("- Nomor rekening BRI kurang angka: harus 15 digit, yang diisi 12 digit");
        CaseRecord returned = caseFile(number);
        assertThat(returned.status()).isEqualTo("RETURNED");
        assertThat(returned.currentStep()).isEqualTo("Perbaiki data permohonan");
        assertThat(outbox(returned.id())).hasSize(2).first().asString()
                .startsWith("Permohonan Anda lewat Puskesos telah terdaftar dengan nomor " + number);
        assertThat(outbox(returned.id()).get(1)).contains("perlu perbaikan data")
                .contains("Nomor rekening BRI kurang angka");
        assertThat(events(returned.id())).contains("AUTOMATIC_VERIFICATION", "APPLICATION_RETURNED");

        complete(task(application), correction("0123-01-000123-50-1"));

        assertThat(application).isWaitingAt("VerifyApplication");
        assertThat(task(application)).hasCandidateGroup("caseworker").hasDueDate(date(2026, 11, 27));
        assertThat(engine.getRuntimeService().getVariable(application.getId(), "verificationPassed")).isEqualTo(true);
        assertThat(caseFile(number).status()).isEqualTo("VERIFICATION");
        assertThat(cases.count()).as("corrected in the same case").isEqualTo(countBefore + 1);

        complete(task(application), withVariables("verificationDecision", "VALID",
                "verificationNote", "Data sesuai KTP, KK dan buku tabungan"));

        assertThat(application).hasPassed("ChooseAgency", "ReferToAgency", "NotifyReferral").isWaitingAt("AgencyAnswer");
        assertThat(task(application)).hasCandidateGroup("opd-liaison").hasDueDate(date(2026, 11, 27));
        CaseRecord referred = caseFile(number);
        assertThat(referred.status()).isEqualTo("REFERRED");
        assertThat(referred.currentStep()).isEqualTo("Catat jawaban instansi");
        ReferralRepository.Referral referral = referrals.ofCase(referred.id()).get(0);
        assertThat(referral.agencyCode()).isEqualTo("BPJS");
        assertThat(referral.purpose()).isEqualTo("Permohonan lewat Puskesos (HEALTH_INSURANCE)");
        assertThat(referral.consent()).isEqualTo("GIVEN");
        assertThat(referral.closedAt()).isNull();
        assertThat(outbox(referred.id())).last().asString()
                .isEqualTo("Permohonan " + number + " telah diverifikasi Dinas Sosial dan dirujuk ke BPJS Kesehatan.");

        complete(task(application), withVariables("agencyDecision", "ACCEPTED", "agencyReference", "BPJS/PBI/2026/118",
                "agencyNote", "Kepesertaan PBI aktif mulai 1 Desember 2026"));

        assertThat(application).hasPassed("RecordAgencyAnswer", "NotifyAccepted", "CloseAccepted", "ApplicationAccepted")
                .isEnded();
        CaseRecord closed = caseFile(number);
        assertThat(closed.outcome()).isEqualTo("REFERRAL_ACCEPTED");
        ReferralRepository.Referral answered = referrals.ofCase(closed.id()).get(0);
        assertThat(answered.outcome()).isEqualTo("SUCCESSFUL");
        assertThat(answered.reasonCode()).isNull();
        assertThat(answered.outcomeReference()).isEqualTo("BPJS/PBI/2026/118");
        assertThat(outbox(closed.id())).last().asString()
                .isEqualTo("Permohonan " + number + " telah disetujui BPJS Kesehatan: Kepesertaan PBI aktif mulai 1 Desember 2026");
    }

    @Test
    void lettersInTheAccountAMismatchedKkAndAMissingDocumentAreAllReportedAndFixedInOneRound() {
        Map<String, Object> form = applicationForm(NIK, KK_KENDAL);
        form.put("bankName", "BNI");
        form.put("bankAccountNumber", "01234567O8");
        form.put("docSuratPengantar", false);
        ProcessInstance application = start(form);

        assertThat(application).isWaitingAt("CorrectApplication");
        String reasons = (String) engine.getRuntimeService().getVariable(application.getId(), "returnReasons");
        assertThat(reasons.split("\n")).containsExactly(
                "- Kode wilayah NIK (3325, Kabupaten Batang) berbeda dengan kode wilayah KK (3324, Kabupaten Kendal); "
                        + "periksa kembali NIK dan nomor KK sesuai dokumen aslinya",
                "- Nomor rekening hanya boleh berisi angka; yang diisi mengandung huruf atau tanda lain",
                "- Dokumen belum dilampirkan: surat pengantar desa/kelurahan");

        Map<String, Object> fixed = correction("0123456708");
        fixed.put("bankName", "BNI");
        fixed.put("correctedKkNumber", KK);
        complete(task(application), fixed);

        assertThat(application).hasPassed("ApplyCorrection").isWaitingAt("VerifyApplication").variables()
                .doesNotContainKeys("correctedKkNumber", "correctedNik");
        CaseRecord record = caseFile(application.getBusinessKey());
        assertThat(jdbc.sql("select kk_number from slrt.case_person where id = ?").param(record.subjectPersonId())
                .query(String.class).single()).isEqualTo(KK);
        assertThat(events(record.id())).contains("IDENTITY_CORRECTED");
    }

    @Test
    void theCaseworkerReturnsAnInvalidNikAndLaterRejectsAnIneligibleApplication() {
        ProcessInstance application = start(applicationForm(NIK, KK));
        assertThat(application).isWaitingAt("VerifyApplication");

        complete(task(application), withVariables("verificationDecision", "RETURN", "returnReason", "NIK_INVALID",
                "verificationNote", "NIK tidak ditemukan di data Disdukcapil; periksa KTP asli"));

        assertThat(application).hasPassed("RecordCaseworkerReturn", "ReturnJoin").isWaitingAt("CorrectApplication");
        assertThat(engine.getRuntimeService().getVariable(application.getId(), "returnReasons"))
                .isEqualTo("- NIK tidak ditemukan di data Disdukcapil; periksa KTP asli");
        long caseId = caseFile(application.getBusinessKey()).id();
        assertThat(jdbc.sql("""
                        select details->>'reasonCode' from slrt.case_event
                         where case_id = ? and event_type = 'APPLICATION_RETURNED'""")
                .param(caseId).query(String.class).single()).isEqualTo("NIK_INVALID");

        // The operator types a NIK with an impossible birth date (31 February): the automatic check sends it back.
        Map<String, Object> wrongNik = correction("012345678901234");
        wrongNik.put("correctedNik", "3325017102880003");
        complete(task(application), wrongNik);
        assertThat(application).isWaitingAt("CorrectApplication");
        assertThat((String) engine.getRuntimeService().getVariable(application.getId(), "returnReasons"))
                .startsWith("- NIK tidak valid: digit 7-12 (710288) bukan tanggal lahir yang ada");

        Map<String, Object> rightNik = correction("012345678901234");
        rightNik.put("correctedNik", "3325015107880003");
        complete(task(application), rightNik);
        assertThat(application).isWaitingAt("VerifyApplication");

        complete(task(application), withVariables("verificationDecision", "REJECT",
                "verificationNote", "Pemohon sudah terdaftar sebagai peserta PBI aktif"));

        assertThat(application).hasPassed("NotifyRejected", "CloseRejected", "ApplicationNotEligible").isEnded();
        CaseRecord closed = caseFile(application.getBusinessKey());
        assertThat(closed.outcome()).isEqualTo("NOT_ELIGIBLE");
        assertThat(outbox(closed.id())).last().asString()
                .endsWith("tidak dapat diproses Dinas Sosial: Pemohon sudah terdaftar sebagai peserta PBI aktif");
    }

    @Test
    void theAgencyMayRefuseAndASecondApplicationForTheSameNikIsFlagged() {
        ProcessInstance first = start(applicationForm("3325014506880011", KK));
        Map<String, Object> form = applicationForm("3325014506880011", KK);
        form.put("needCategory", "HOUSING");
        ProcessInstance second = start(form);

        assertThat(second).isWaitingAt("VerifyApplication");
        assertThat((String) engine.getRuntimeService().getVariable(second.getId(), "possibleDuplicates"))
                .contains(first.getBusinessKey());
        assertThat(views.view(second.getBusinessKey()).links()).extracting(l -> l.registrationNumber())
                .containsExactly(first.getBusinessKey());

        complete(task(second), withVariables("verificationDecision", "VALID", "verificationNote", "Rumah tidak layak huni"));
        assertThat(referrals.ofCase(caseFile(second.getBusinessKey()).id()).get(0).agencyName())
                .isEqualTo("Dinas Perumahan Rakyat dan Kawasan Permukiman");
        complete(task(second), withVariables("agencyDecision", "REJECTED", "agencyReference", "PERKIM/2026/77",
                "agencyNote", "Kuota bedah rumah 2026 sudah penuh; diusulkan untuk 2027"));

        assertThat(second).hasPassed("NotifyAgencyRejected", "CloseAgencyRejected", "ApplicationRejectedByAgency").isEnded();
        assertThat(caseFile(second.getBusinessKey()).outcome()).isEqualTo("REFERRAL_REJECTED");
        assertThat(referrals.ofCase(caseFile(second.getBusinessKey()).id()).get(0)).satisfies(declined -> {
            assertThat(declined.outcome()).isEqualTo("UNSUCCESSFUL");
            assertThat(declined.reasonCode()).isEqualTo("AGENCY_DECLINED");
            assertThat(declined.outcomeReference()).isEqualTo("PERKIM/2026/77");
        });
        assertThat(caseFile(first.getBusinessKey()).closedAt()).as("linked, not merged").isNull();
    }

    @Test
    void anApplicationOpenedThroughTheApiAsksTheOperatorForTheMissingData() {
        String number = intake.open(new CaseIntakeRequest("PUSKESOS_APPLICATION", Channel.PUSKESOS, "3325",
                new CaseIntakeRequest.Subject("3325014506880021", KK, "Sutini", null, null, "Desa Wonotunggal RT 2"),
                new CaseIntakeRequest.Reporter(null, "081234500021"), "Butuh kartu KIS untuk berobat"), "operator")
                .registrationNumber();
        ProcessInstance application = BpmnAwareTests.processInstanceQuery().processInstanceBusinessKey(number).singleResult();

        assertThat(application).isWaitingAt("CorrectApplication");
        assertThat(((String) engine.getRuntimeService().getVariable(application.getId(), "returnReasons")).split("\n"))
                .contains("- Jenis kebutuhan pemohon belum diisi", "- Bank penyalur belum dipilih",
                        "- Dokumen belum dilampirkan: fotokopi KTP pemohon");

        complete(task(application), correction("012345678901234"));
        assertThat(application).isWaitingAt("VerifyApplication");
    }

    long countBefore;

    private ProcessInstance start(Map<String, Object> form) {
        countBefore = cases.count();
        ProcessInstance started = submitStartForm(engine, "puskesos-application", form);
        // The operator attaches the KTP and KK scans while registering (the verification requires them).
        id.slrt.caseengine.support.TestDocuments.attachIdentityDocuments(documents, started.getBusinessKey());
        return BpmnAwareTests.processInstanceQuery().processInstanceId(started.getId()).singleResult();
    }

    static Map<String, Object> applicationForm(String nik, String kk) {
        Map<String, Object> form = new HashMap<>();
        form.put("channel", "PUSKESOS");
        form.put("regionCode", "3325");
        form.put("subjectName", "Sutini");
        form.put("subjectNik", nik);
        form.put("subjectKkNumber", kk);
        form.put("subjectAddress", "Desa Wonotunggal RT 2 RW 1");
        form.put("reporterPhone", "081234500021");
        form.put("needCategory", "HEALTH_INSURANCE");
        form.put("description", "Butuh kartu KIS PBI untuk berobat rutin");
        form.put("bankName", "BRI");
        form.put("bankAccountNumber", "012301000123501");
        form.put("bankAccountHolder", "Sutini");
        form.put("docKtp", true);
        form.put("docKk", true);
        form.put("docSuratPengantar", true);
        return form;
    }

    static Map<String, Object> correction(String account) {
        Map<String, Object> values = new HashMap<>();
        values.put("needCategory", "HEALTH_INSURANCE");
        values.put("bankName", "BRI");
        values.put("bankAccountNumber", account);
        values.put("bankAccountHolder", "Sutini");
        values.put("docKtp", true);
        values.put("docKk", true);
        values.put("docSuratPengantar", true);
        values.put("correctionNote", "Data diperbaiki sesuai dokumen asli");
        return values;
    }

    private CaseRecord caseFile(String number) {
        return cases.findByRegistrationNumber(number).orElseThrow();
    }

    private List<String> outbox(long caseId) {
        return jdbc.sql("select body from slrt.notification_outbox where case_id = ? order by id")
                .param(caseId).query(String.class).list();
    }

    private List<String> events(long caseId) {
        return jdbc.sql("select event_type from slrt.case_event where case_id = ? order by id")
                .param(caseId).query(String.class).list();
    }

    private static Date date(int year, int month, int day) {
        // Working-day deadlines end at the close of office hours: 16:00, on Fridays 16:30.
        OffsetDateTime midnight = OffsetDateTime.of(year, month, day, 0, 0, 0, 0, ZoneOffset.ofHours(7));
        boolean friday = midnight.getDayOfWeek() == java.time.DayOfWeek.FRIDAY;
        return Date.from(midnight.withHour(16).withMinute(friday ? 30 : 0).toInstant());
    }
}
