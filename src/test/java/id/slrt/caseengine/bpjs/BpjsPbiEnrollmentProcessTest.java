package id.slrt.caseengine.bpjs;

import static id.slrt.caseengine.support.Escalations.letTheDeadlinePass;
import static id.slrt.caseengine.support.Escalations.openTask;
import static id.slrt.caseengine.support.ProcessTests.at;
import static id.slrt.caseengine.support.ProcessTests.submitStartForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.casefile.CaseRecord;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.integration.LocalBpjsActivationStandIn;
import id.slrt.caseengine.integration.LocalDtsenStandIn;
import id.slrt.caseengine.integration.LocalPopulationRecordStandIn;
import id.slrt.caseengine.integration.LocalSiksNgStandIn;
import id.slrt.caseengine.support.CoversEveryPath;
import id.slrt.caseengine.support.IntegrationTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Health-insurance premium assistance (PBI): the people in the demo data of the local stand-ins walk every
 * route: PBI-JK through SIKS-NG, district-paid PBI-APBD (urgent for a patient in hospital), reactivation,
 * refusal, BPJS rejection, agencies that do not answer, and a closure the supervisor sends back once; and every
 * step's deadline running out (flagged at risk, breach recorded, escalated to the supervisor).
 */
@IntegrationTest
@CoversEveryPath("bpjs-pbi-enrollment")
class BpjsPbiEnrollmentProcessTest {

    static final String SRI_DECILE_3 = "3516015203850001";
    static final String BUDI_DECILE_7 = "3516011203850002";
    static final String JOKO_BLOCKED_AT_BPJS = "3516012001800004";
    static final String RUKMINI_INACTIVE = "3516016308700005";
    /** Thursday 26 November 2026, 09:00 WIB. */
    static final OffsetDateTime THURSDAY_MORNING = OffsetDateTime.of(2026, 11, 26, 9, 0, 0, 0, ZoneOffset.ofHours(7));

    @Autowired
    ProcessEngine engine;
    @Autowired
    IntakeService intake;
    @Autowired
    CaseFileRepository cases;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    id.slrt.caseengine.documents.CaseDocuments documents;
    @Autowired
    id.slrt.caseengine.letters.LetterService letters;
    @Autowired
    LocalPopulationRecordStandIn disdukcapil;
    @Autowired
    LocalDtsenStandIn dtsen;
    @Autowired
    LocalSiksNgStandIn siksNg;
    @Autowired
    LocalBpjsActivationStandIn bpjs;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /**
     * Nobody keeps a deadline, at any step of a PBI-JK enrolment where no agency answers either: the verification,
     * both checks by hand, the follow-ups of SIKS-NG and BPJS, the supervisor's closure and the caseworker's
     * follow-up of the supervisor's note are each flagged at risk at 75 % of their time and escalated to the
     * supervisor at their deadline, while the late task goes on; the case still closes.
     */
    @Test
    void everyLateStepOfAnEnrolmentNoAgencyAnswersIsFlaggedAtRiskAndEscalated() {
        at(THURSDAY_MORNING);
        ProcessInstance request = open(SRI_DECILE_3, "3516011503200001", "Sri Wahyuni");
        letTheDeadlinePass(engine, jdbc, request, "VerifyRequest");
        complete(openTask(engine, request, "VerifyRequest"), verification("NEW_ENROLLMENT", false, null, false, false));

        execute(job("IdentityLate", request));
        letTheDeadlinePass(engine, jdbc, request, "CheckIdentityManually");
        complete(openTask(engine, request, "CheckIdentityManually"),
                withVariables("identityVerified", true, "identityNote", "Dicek di aplikasi Dukcapil desa"));
        execute(job("WelfareLate", request));
        letTheDeadlinePass(engine, jdbc, request, "LookUpWelfareManually");
        complete(openTask(engine, request, "LookUpWelfareManually"),
                withVariables("dtsenFound", true, "dtsenDecile", 2L, "welfareNote", "Dicek di SIKS-NG"));

        execute(job("SiksNgLate", request));
        letTheDeadlinePass(engine, jdbc, request, "FollowUpSiksNg");
        complete(openTask(engine, request, "FollowUpSiksNg"),
                withVariables("followUpAction", "RETRY", "followUpNote", "Diajukan ulang"));
        siksNg.pollOnce();
        execute(job("ActivationLate", request));
        letTheDeadlinePass(engine, jdbc, request, "FollowUpActivation");
        complete(openTask(engine, request, "FollowUpActivation"),
                withVariables("followUpAction", "GIVE_UP", "followUpNote", "BPJS belum memproses"));

        letTheDeadlinePass(engine, jdbc, request, "ApproveClosure");
        complete(openTask(engine, request, "ApproveClosure"),
                withVariables("closureDecision", "RETURN", "closureNote", "Hubungi BPJS cabang sekali lagi"));
        letTheDeadlinePass(engine, jdbc, request, "FollowUpCase");
        complete(openTask(engine, request, "FollowUpCase"), withVariables("followUpNote", "BPJS cabang sudah dihubungi"));
        complete(openTask(engine, request, "ApproveClosure"), withVariables("closureDecision", "APPROVE", "closureNote", "Sesuai"));

        assertThat(request).hasPassed("VerifyRequestEscalationHandled", "CheckIdentityManuallyEscalationHandled",
                "LookUpWelfareManuallyEscalationHandled", "FollowUpSiksNgEscalationHandled",
                "FollowUpActivationEscalationHandled", "ApproveClosureEscalationHandled", "FollowUpCaseEscalationHandled",
                "NotifyNoResponse", "CloseCase").isEnded();
        assertThat(caseFile(request).outcome()).isEqualTo("AGENCY_NO_RESPONSE");
    }

    /** The same-day approval for a patient in hospital (4 hours): flagged after 3 hours, escalated after 4. */
    @Test
    void aLateSameDayApprovalForAPatientInHospitalIsEscalatedWithinHours() {
        at(THURSDAY_MORNING);
        ProcessInstance request = open(BUDI_DECILE_7, "3516011503200002", "Budi Santoso");
        complete(openTask(engine, request, "VerifyRequest"), verification("NEW_ENROLLMENT", true, null, false, false));
        answerAgencies();
        Task approval = openTask(engine, request, "ApproveApbd");
        assertThat(approval.getDueDate().toInstant())
                .isEqualTo(approval.getCreateTime().toInstant().plus(4, ChronoUnit.HOURS));

        letTheDeadlinePass(engine, jdbc, request, "ApproveApbd");
        complete(openTask(engine, request, "ApproveApbd"),
                withVariables("approvalDecision", "APPROVE", "approvalNote", "Pasien ICU, disetujui terlambat"));
        bpjs.pollOnce();
        assertThat(request).hasPassed("ApproveApbdEscalationHandled", "NotifyActivated").isWaitingAt("ApproveClosure");
        approveClosure(request);
    }

    @Test
    void aPoorHouseholdInDecileThreeIsProposedThroughSiksNgAndActivated() {
        ProcessInstance request = open(SRI_DECILE_3, "3516011503200001", "Sri Wahyuni");
        assertThat(request).isWaitingAt("VerifyRequest");
        assertThat(status(request)).isEqualTo("VERIFICATION");
        complete(task(request), verification("NEW_ENROLLMENT", false, null, false, false));

        answerAgencies();
        assertThat(request).hasPassed("CheckIdentity", "LookUpWelfare", "DecideRoute", "IssuePbiRecommendation",
                "SubmitToSiksNg", "ActivateBpjs", "NotifyActivated").isWaitingAt("ApproveClosure");
        assertThat(engine.getRuntimeService().getVariable(request.getId(), "route")).isEqualTo("PBI_JK");
        // The Dinas Sosial's recommendation goes with the SIKS-NG proposal: numbered, naming the household's head.
        java.util.Map<String, Object> letter = recommendations(request).get(0);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                letters.pdf(((Number) letter.get("id")).longValue()))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("SURAT REKOMENDASI", (String) letter.get("letter_number"), "Sri Wahyuni",
                            "Penerima Bantuan Iuran Jaminan Kesehatan");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(task(request)).hasCandidateGroup("supervisor");

        complete(task(request), withVariables("closureDecision", "RETURN", "closureNote", "Lampirkan salinan kartu KIS"));
        assertThat(request).isWaitingAt("FollowUpCase");
        complete(task(request), withVariables("followUpNote", "Salinan kartu KIS sudah diunggah"));
        assertThat(request).isWaitingAt("ApproveClosure");
        complete(task(request), withVariables("closureDecision", "APPROVE", "closureNote", "Lengkap"));

        assertThat(request).hasPassed("CloseCase", "CaseClosed").isEnded();
        assertThat(caseFile(request).outcome()).isEqualTo("ACTIVATED");
        assertThat(outbox(request)).last().asString().contains("aktif mulai").contains("nomor kartu 000");
    }

    @Test
    void aPatientInHospitalGoesTheSameDayDistrictRouteWhenTheSupervisorApproves() {
        ProcessInstance request = open(BUDI_DECILE_7, "3516011503200002", "Budi Santoso");
        complete(task(request), verification("NEW_ENROLLMENT", true, null, false, false));
        answerAgencies();

        assertThat(request).isWaitingAt("ApproveApbd");
        assertThat(engine.getRuntimeService().getVariable(request.getId(), "route")).isEqualTo("PBI_APBD_URGENT");
        complete(task(request), withVariables("approvalDecision", "APPROVE", "approvalNote", "Pasien ICU RSUD Prof. Soekandar"));
        bpjs.pollOnce();

        assertThat(request).hasPassed("ActivateBpjs", "NotifyActivated").isWaitingAt("ApproveClosure");
        approveClosure(request);
        assertThat(caseFile(request).outcome()).isEqualTo("ACTIVATED");
    }

    @Test
    void aDistrictRouteTheSupervisorRejectsIsExplainedToTheCitizen() {
        ProcessInstance request = open(BUDI_DECILE_7, "3516011503200002", "Budi Santoso");
        complete(task(request), verification("NEW_ENROLLMENT", false, null, false, true));
        answerAgencies();
        assertThat(engine.getRuntimeService().getVariable(request.getId(), "route")).isEqualTo("PBI_APBD");
        complete(task(request), withVariables("approvalDecision", "REJECT", "approvalNote", "Kuota PBI-APBD tahun ini sudah penuh"));

        assertThat(request).hasPassed("NotifyNotEligible").isWaitingAt("ApproveClosure");
        assertThat(outbox(request)).last().asString().contains("Kuota PBI-APBD tahun ini sudah penuh");
        approveClosure(request);
        assertThat(caseFile(request).outcome()).isEqualTo("NOT_ELIGIBLE");
    }

    @Test
    void aMembershipDeactivatedTwoMonthsAgoIsReactivatedWithAHealthFacilityLetter() {
        ProcessInstance request = open(RUKMINI_INACTIVE, "3516011002100005", "Rukmini");
        complete(task(request), verification("REACTIVATION", false, LocalDate.now().minusMonths(2).toString(), true, false));
        answerAgencies();

        assertThat(engine.getRuntimeService().getVariable(request.getId(), "route")).isEqualTo("REACTIVATION");
        assertThat(request).hasNotPassed("SubmitToSiksNg").hasPassed("ActivateBpjs").isWaitingAt("ApproveClosure");
    }

    @Test
    void aHouseholdAboveDecileFiveWithoutFieldAssessmentIsToldWhy() {
        ProcessInstance request = open(BUDI_DECILE_7, "3516011503200002", "Budi Santoso");
        complete(task(request), verification("NEW_ENROLLMENT", false, null, false, false));
        answerAgencies();

        assertThat(request).hasPassed("NotifyNotEligible").hasNotPassed("ActivateBpjs").isWaitingAt("ApproveClosure");
        assertThat(outbox(request)).last().asString().contains("Tidak masuk desil 1-5 DTSEN");
    }

    @Test
    void aMembershipBpjsHasBlockedEndsWithBpjsReasonToTheCitizen() {
        ProcessInstance request = open(JOKO_BLOCKED_AT_BPJS, "3516011002100004", "Joko Susilo");
        complete(task(request), verification("NEW_ENROLLMENT", false, null, false, false));
        answerAgencies();

        assertThat(request).hasPassed("BpjsRejected", "NotifyNotEligible").isWaitingAt("ApproveClosure");
        assertThat(outbox(request)).last().asString().contains("diblokir BPJS Kesehatan");
    }

    @Test
    void whenDisdukcapilAndDtsenDoNotAnswerTheCaseworkerChecksByHand() {
        ProcessInstance request = open(SRI_DECILE_3, "3516011503200001", "Sri Wahyuni");
        complete(task(request), verification("NEW_ENROLLMENT", false, null, false, false));

        execute(job("IdentityLate", request));
        assertThat(request).isWaitingAt("CheckIdentityManually");
        complete(task(request), withVariables("identityVerified", true, "identityNote", "Dicek di aplikasi Dukcapil desa"));
        execute(job("WelfareLate", request));
        assertThat(request).isWaitingAt("LookUpWelfareManually");
        complete(task(request), withVariables("dtsenFound", true, "dtsenDecile", 2L, "welfareNote", "Dicek di SIKS-NG"));

        assertThat(request).hasPassed("DecideRoute").isWaitingAt("SubmitToSiksNg");
    }

    @Test
    void whenSiksNgAndBpjsDoNotAnswerTheCaseworkerRetriesOnceThenStops() {
        ProcessInstance request = open(SRI_DECILE_3, "3516011503200001", "Sri Wahyuni");
        complete(task(request), verification("NEW_ENROLLMENT", false, null, false, false));
        disdukcapil.pollOnce();
        dtsen.pollOnce();

        execute(job("SiksNgLate", request));
        assertThat(request).isWaitingAt("FollowUpSiksNg");
        complete(task(request), withVariables("followUpAction", "RETRY", "followUpNote", "Operator SIKS-NG sedang cuti; diajukan ulang"));
        assertThat(request).isWaitingAt("SubmitToSiksNg");
        assertThat(recommendations(request)).as("a retry sends the same recommendation, not a new one").hasSize(1);
        siksNg.pollOnce();

        execute(job("ActivationLate", request));
        complete(task(request), withVariables("followUpAction", "RETRY", "followUpNote", "Ditanyakan ke BPJS cabang"));
        execute(job("ActivationLate", request));
        complete(task(request), withVariables("followUpAction", "GIVE_UP", "followUpNote", "BPJS belum memproses"));
        assertThat(request).hasPassed("NotifyNoResponse").isWaitingAt("ApproveClosure");
        approveClosure(request);
        assertThat(caseFile(request).outcome()).isEqualTo("AGENCY_NO_RESPONSE");
    }

    @Test
    void whenSiksNgDoesNotAnswerTheCaseworkerMayStopAtOnce() {
        ProcessInstance request = open(SRI_DECILE_3, "3516011503200001", "Sri Wahyuni");
        complete(task(request), verification("NEW_ENROLLMENT", false, null, false, false));
        disdukcapil.pollOnce();
        dtsen.pollOnce();
        execute(job("SiksNgLate", request));
        complete(task(request), withVariables("followUpAction", "GIVE_UP", "followUpNote", "Usulan bulan ini sudah ditutup"));
        assertThat(request).hasPassed("NotifyNoResponse").isWaitingAt("ApproveClosure");
    }

    @Test
    void theFrontOfficeStartsTheRequestFromTheTasklistStartForm() {
        Map<String, Object> form = new HashMap<>();
        form.put("channel", "WALK_IN");
        form.put("regionCode", "3516");
        form.put("subjectName", "Sanah");
        form.put("subjectNik", "3516014507400001");
        form.put("subjectKkNumber", "3516010101150003");
        form.put("reporterName", "Sanah");
        ProcessInstance request = submitStartForm(engine, "bpjs-pbi-enrollment", form);
        assertThat(request).isWaitingAt("VerifyRequest");
        assertThat(caseFile(request).serviceType()).isEqualTo("BPJS_PBI_ENROLLMENT");
    }

    private void answerAgencies() {
        disdukcapil.pollOnce();
        dtsen.pollOnce();
        siksNg.pollOnce();
        bpjs.pollOnce();
    }

    private void approveClosure(ProcessInstance request) {
        complete(task(request), withVariables("closureDecision", "APPROVE", "closureNote", "Sesuai"));
        assertThat(request).isEnded();
    }

    private ProcessInstance open(String nik, String kk, String name) {
        String number = intake.open(new CaseIntakeRequest("BPJS_PBI_ENROLLMENT", Channel.WALK_IN, "3516",
                new CaseIntakeRequest.Subject(nik, kk, name, null, null, "Kec. Jatirejo"),
                new CaseIntakeRequest.Reporter(name, "081234500066"), "Mohon bantuan iuran BPJS"), "operator")
                .registrationNumber();
        id.slrt.caseengine.support.TestDocuments.attachIdentityDocuments(documents, number);
        return processInstanceQuery().processInstanceBusinessKey(number).singleResult();
    }

    private static Map<String, Object> verification(String type, boolean inHospital, String deactivationDate,
                                                    boolean letter, boolean fieldAssessment) {
        Map<String, Object> variables = withVariables("requestType", type, "inHospital", inHospital,
                "hasHealthFacilityLetter", letter, "localPovertyAssessment", fieldAssessment,
                "verificationNote", "Dokumen KTP dan KK asli diperiksa");
        variables.put("deactivationDate", deactivationDate);
        variables.put("hospitalName", inHospital ? "RSUD Prof. Dr. Soekandar" : null);
        return variables;
    }

    private CaseRecord caseFile(ProcessInstance instance) {
        return cases.findByProcessInstanceId(instance.getId()).orElseThrow();
    }

    private String status(ProcessInstance instance) {
        return caseFile(instance).status();
    }

    private List<String> outbox(ProcessInstance instance) {
        return jdbc.sql("select body from slrt.notification_outbox where case_id = ? order by id")
                .param(caseFile(instance).id()).query(String.class).list();
    }

    private java.util.List<java.util.Map<String, Object>> recommendations(ProcessInstance request) {
        return jdbc.sql("""
                        select l.id, l.letter_number from slrt.letter l join slrt.case_file c on c.id = l.case_id
                         where c.process_instance_id = ? and l.letter_type = 'rekomendasi-pbi-jk'""")
                .param(request.getId()).query().listOfRows();
    }
}
