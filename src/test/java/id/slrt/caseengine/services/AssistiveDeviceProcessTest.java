package id.slrt.caseengine.services;

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
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The assistive-device service (wheelchair request from a person with a disability), built by an analyst with
 * BPMN, DMN and forms only: every path from request to handover, rejection or refusal.
 */
@IntegrationTest
@CoversEveryPath("assistive-device")
class AssistiveDeviceProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    IntakeService intake;
    @Autowired
    CaseFileRepository cases;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
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

        complete(task(request), withVariables("hasMedicalRecommendation", true,
                "medicalLetterNote", "Surat dari Puskesmas Sooko diterima"));

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
