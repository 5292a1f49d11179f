package id.slrt.caseengine.services;

import static id.slrt.caseengine.support.Escalations.letTheDeadlinePass;
import static id.slrt.caseengine.support.Escalations.openTask;
import static id.slrt.caseengine.support.ProcessTests.at;
import static id.slrt.caseengine.support.ProcessTests.submitStartForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.casefile.CaseRecord;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.support.CoversEveryPath;
import id.slrt.caseengine.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
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
 * The assistive-device service (wheelchair request from a person with a disability), built by an analyst with
 * BPMN, DMN and forms only: every path from request to handover, rejection or refusal, and every step's deadline
 * running out (flagged at risk, breach recorded, escalated to the supervisor).
 */
@IntegrationTest
@CoversEveryPath("assistive-device")
class AssistiveDeviceProcessTest {

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

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /**
     * Nobody works on the request in time, step after step: the assessment (5 working days, due Thursday 3 December
     * 16:00), the supervisor's approval (2 working days) and the handover (10 working days) are each flagged at risk
     * at 75 % of their time and escalated to the supervisor at their deadline, while the late task goes on; the
     * device is delivered in the end.
     */
    @Test
    void everyLateStepOfADeliveredWheelchairIsFlaggedAtRiskAndEscalated() {
        at(THURSDAY_MORNING);
        ProcessInstance request = open("Bapak Darto", "Kursi roda");
        assertThat(openTask(engine, request, "AssessNeed").getDueDate())
                .isEqualTo(Date.from(OffsetDateTime.of(2026, 12, 3, 16, 0, 0, 0, ZoneOffset.ofHours(7)).toInstant()));

        letTheDeadlinePass(engine, jdbc, request, "AssessNeed");
        complete(openTask(engine, request, "AssessNeed"), assessment("WHEELCHAIR", "PHYSICAL", false, false));

        letTheDeadlinePass(engine, jdbc, request, "ApproveDevice");
        complete(openTask(engine, request, "ApproveDevice"), withVariables("approvalDecision", "APPROVE",
                "approvalNote", "Disetujui terlambat"));

        letTheDeadlinePass(engine, jdbc, request, "HandOverDevice");
        complete(openTask(engine, request, "HandOverDevice"), withVariables("handoverDate", "2026-12-28",
                "handoverRecordNumber", "BA-040/DINSOS/XII/2026", "handoverNote", "Diserahkan terlambat"));

        assertThat(request).hasPassed("AssessNeedEscalationHandled", "ApproveDeviceEscalationHandled",
                "HandOverDeviceEscalationHandled", "CloseDelivered").isEnded();
        assertThat(caseFile(request).outcome()).isEqualTo("DELIVERED");
    }

    /** The medical letter (14 calendar days) does not come in time: flagged after 10.5 days, escalated after 14. */
    @Test
    void aMedicalLetterThatDoesNotArriveInTimeIsFlaggedAtRiskAndEscalated() {
        at(THURSDAY_MORNING);
        ProcessInstance request = open("Ibu Warsini", "Alat bantu dengar");
        complete(openTask(engine, request, "AssessNeed"), assessment("HEARING_AID", "HEARING", false, false));
        assertThat(openTask(engine, request, "ReceiveMedicalLetter").getDueDate())
                .isEqualTo(Date.from(THURSDAY_MORNING.plusDays(14).toInstant()));

        letTheDeadlinePass(engine, jdbc, request, "ReceiveMedicalLetter");
        id.slrt.caseengine.support.TestDocuments.attach(documents, request.getBusinessKey(), "MEDICAL_LETTER");
        complete(openTask(engine, request, "ReceiveMedicalLetter"), withVariables("hasMedicalRecommendation", true,
                "medicalLetterNote", "Surat dari RSUD diterima terlambat"));

        assertThat(request).hasPassed("ReceiveMedicalLetterEscalationHandled").isWaitingAt("ApproveDevice");
        complete(openTask(engine, request, "ApproveDevice"), withVariables("approvalDecision", "REJECT",
                "approvalNote", "Anggaran tahun ini habis"));
        assertThat(request).isEnded();
    }

    @Test
    void aWheelchairForAPersonWithAPhysicalDisabilityIsAssessedApprovedAndHandedOver() {
        ProcessInstance request = open("Bapak Karno", "Kursi roda, kaki kanan diamputasi");
        assertThat(request).isWaitingAt("AssessNeed");
        assertThat(task(request)).hasCandidateGroup("caseworker");
        assertThat(status(request)).isEqualTo("ASSESSMENT");

        complete(task(request), assessment("WHEELCHAIR", "PHYSICAL", false, false));

        assertThat(request).hasPassed("DecideEligibility").isWaitingAt("ApproveDevice");
        assertThat(task(request)).hasCandidateGroup("supervisor");
        assertThat(status(request)).isEqualTo("AWAITING_APPROVAL");
        complete(task(request), withVariables("approvalDecision", "APPROVE", "approvalNote", "Stok kursi roda tersedia"));

        assertThat(request).isWaitingAt("HandOverDevice");
        complete(task(request), withVariables("handoverDate", "2026-12-03", "handoverRecordNumber", "BA-031/DINSOS/XII/2026",
                "handoverNote", "Diserahkan di rumah penerima"));

        assertThat(request).hasPassed("NotifyDelivered", "CloseDelivered", "DeviceDelivered").isEnded();
        assertThat(caseFile(request).outcome()).isEqualTo("DELIVERED");
    }

    @Test
    void aHearingAidWaitsForAMedicalRecommendationThenTheSupervisorDeclines() {
        ProcessInstance request = open("Ibu Sumarni", "Alat bantu dengar");
        complete(task(request), assessment("HEARING_AID", "HEARING", false, false));

        assertThat(request).hasPassed("AskMedicalLetter").isWaitingAt("ReceiveMedicalLetter");
        assertThat(task(request)).hasCandidateGroup("front-office");
        assertThat(status(request)).isEqualTo("RETURNED");

        // Received without its scan attached: refused, naming the letter.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(task(request), withVariables(
                "hasMedicalRecommendation", true, "medicalLetterNote", "Surat dari Puskesmas Sooko diterima")))
                .hasMessageContaining("belum dilampirkan: Surat keterangan medis");
        assertThat(request).isWaitingAt("ReceiveMedicalLetter");
        id.slrt.caseengine.support.TestDocuments.attach(documents, request.getBusinessKey(), "MEDICAL_LETTER");
        complete(task(request), withVariables("hasMedicalRecommendation", true,
                "medicalLetterNote", "Surat dari Puskesmas Sooko diterima"));
        assertThat(request).hasPassed("CheckMedicalLetter");

        assertThat(request).isWaitingAt("ApproveDevice");
        complete(task(request), withVariables("approvalDecision", "REJECT",
                "approvalNote", "Anggaran alat bantu dengar tahun ini sudah habis; diajukan kembali tahun depan"));

        assertThat(request).hasPassed("ExplainRejected", "CloseRejected", "Rejected").isEnded();
        assertThat(caseFile(request).outcome()).isEqualTo("REJECTED");
    }

    @Test
    void someoneWhoReceivedTheSameDeviceRecentlyIsToldWhyAndTheCaseCloses() {
        ProcessInstance request = open("Pak Slamet", "Kruk baru");
        complete(task(request), assessment("CRUTCHES", "PHYSICAL", false, true));

        assertThat(request).hasPassed("ExplainNotEligible", "CloseNotEligible", "NotEligible")
                .hasNotPassed("ApproveDevice").isEnded();
        assertThat(caseFile(request).outcome()).isEqualTo("NOT_ELIGIBLE");
    }

    @Test
    void theFrontOfficeStartsTheRequestFromTheTasklistStartForm() {
        Map<String, Object> form = new HashMap<>();
        form.put("channel", "PUSKESOS");
        form.put("regionCode", "3516");
        form.put("subjectName", "Adik Rani");
        form.put("subjectAddress", "Dusun Sumberejo RT 02 RW 01, Jatirejo");
        form.put("reporterName", "Operator Puskesos Jatirejo");
        form.put("reporterPhone", "081234500077");
        form.put("description", "Kursi roda anak, cerebral palsy");
        ProcessInstance request = submitStartForm(engine, "assistive-device", form);

        assertThat(request).isWaitingAt("AssessNeed");
        assertThat(caseFile(request).serviceType()).isEqualTo("ASSISTIVE_DEVICE");
    }

    private ProcessInstance open(String name, String need) {
        String number = intake.open(new CaseIntakeRequest("ASSISTIVE_DEVICE", Channel.WALK_IN, "3516",
                new CaseIntakeRequest.Subject(null, null, name, null, null, "Desa Jatirejo, Kec. Jatirejo"),
                new CaseIntakeRequest.Reporter(name, "081234500055"), need), "operator").registrationNumber();
        return processInstanceQuery().processInstanceBusinessKey(number).singleResult();
    }

    private static Map<String, Object> assessment(String device, String disability, boolean recommendation,
                                                  boolean receivedRecently) {
        return withVariables("deviceType", device, "disabilityType", disability,
                "hasMedicalRecommendation", recommendation, "receivedSameDeviceRecently", receivedRecently,
                "assessmentNote", "Kunjungan rumah dilakukan; kebutuhan sesuai");
    }

    private CaseRecord caseFile(ProcessInstance instance) {
        return cases.findByProcessInstanceId(instance.getId()).orElseThrow();
    }

    private String status(ProcessInstance instance) {
        return caseFile(instance).status();
    }
}
