package id.slrt.caseengine.gepeng;

import static id.slrt.caseengine.support.ProcessTests.submitStartForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.casefile.CaseEvent;
import id.slrt.caseengine.casefile.CaseEventRepository;
import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.casefile.CasePerson;
import id.slrt.caseengine.casefile.CasePersonRepository;
import id.slrt.caseengine.casefile.CaseRecord;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.intake.Sex;
import id.slrt.caseengine.referral.ReferralRepository;
import id.slrt.caseengine.support.CoversEveryPath;
import id.slrt.caseengine.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The story of homeless people and beggars (gelandangan dan pengemis) found in Kabupaten Mojokerto (3516), told
 * through every path of {@code gepeng-handling.bpmn}: local residents rehabilitated in a panti or empowered
 * (KUBE, skills training) and monitored, people from Surabaya (3578) returned home, children referred to child
 * protection, a suspected ODGJ handed over to the ODGJ service as a linked case, and the deadlines.
 */
@IntegrationTest
@CoversEveryPath("gepeng-handling")
class GepengHandlingProcessTest {

    /** Thursday 26 November 2026, 09:00 WIB. */
    static final OffsetDateTime THURSDAY_MORNING = OffsetDateTime.of(2026, 11, 26, 9, 0, 0, 0, ZoneOffset.ofHours(7));
    static final String OFFICE = "3516";
    static final String SURABAYA = "3578";

    @Autowired
    ProcessEngine engine;
    @Autowired
    IntakeService intake;
    @Autowired
    CaseFileRepository cases;
    @Autowired
    CasePersonRepository people;
    @Autowired
    CaseEventRepository events;
    @Autowired
    ReferralRepository referrals;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(THURSDAY_MORNING.toInstant()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    // ------------------------------------------------------------------ local residents

    @Test
    void aLocalBeggarWhoCanWorkJoinsAKubeIsVisitedMonthlyAndClosedWithTheSupervisorsApproval() {
        ProcessInstance gepeng = open("Sumarni", null, Sex.F, "Mengemis di perempatan Jl. Raya Sooko");
        assertThat(gepeng).hasPassed("RegisterCase", "RecordOutreach", "CheckDuplicates", "SendAcknowledgement")
                .isWaitingAt("AssessAtShelter");
        assertThat(task(gepeng)).hasCandidateGroup("caseworker")
                // Assessment within 3x24 hours of arrival, calendar hours: Sunday 29 November 09:00.
                .hasDueDate(date(OffsetDateTime.of(2026, 11, 29, 9, 0, 0, 0, ZoneOffset.ofHours(7))));
        assertThat(caseFile(gepeng).status()).isEqualTo("ASSESSMENT");
        assertThat(outbox(gepeng)).singleElement().asString().contains(caseFile(gepeng).registrationNumber());

        complete(task(gepeng), assessment(35, OFFICE, false, false, true, true));
        assertThat(gepeng).hasPassed("ClassifyPerson", "ApplyClassification", "RecommendIntervention")
                .isWaitingAt("PlanIntervention");
        assertThat(category(gepeng)).isEqualTo("LOCAL_RESIDENT");
        // The form opens with the recommendation of gepeng-intervention.dmn.
        assertThat(variable(gepeng, "intervention")).isEqualTo("EMPOWERMENT");
        assertThat(variable(gepeng, "empowermentType")).isEqualTo("KUBE");

        complete(task(gepeng), withVariables("intervention", "EMPOWERMENT", "empowermentType", "KUBE",
                "planNote", "Bergabung dengan KUBE olahan makanan di desa asal"));
        assertThat(gepeng).hasPassed("RecordInterventionChoice").isWaitingAt("EnrolEmpowerment");
        assertThat(event(gepeng, "INTERVENTION_CHOSEN").details()).containsEntry("recommended", "EMPOWERMENT")
                .containsEntry("chosen", "EMPOWERMENT").containsEntry("empowermentType", "KUBE");

        complete(task(gepeng), withVariables("empowermentType", "KUBE", "empowermentProgram", "KUBE Sekar Melati, Sooko",
                "empowermentStartDate", "2026-12-01"));
        assertThat(gepeng).hasPassed("RecordEmpowerment").isWaitingAt("MonitoringVisit");
        assertThat(caseFile(gepeng).status()).isEqualTo("MONITORING");
        assertThat(task(gepeng)).hasDueDate(date(THURSDAY_MORNING.plusDays(30)));

        complete(task(gepeng), visit("2026-12-20", "Sudah ikut produksi, belum mandiri", "CONTINUE"));
        assertThat(gepeng).isWaitingAt("MonitoringVisit");
        complete(task(gepeng), visit("2027-01-20", "Penghasilan tetap dari KUBE, tidak lagi mengemis", "COMPLETED"));

        assertThat(gepeng).isWaitingAt("ApproveClosure");
        assertThat(task(gepeng)).hasCandidateGroup("supervisor");
        assertThat(caseFile(gepeng).status()).isEqualTo("AWAITING_APPROVAL");
        complete(task(gepeng), withVariables("closureDecision", "RETURN", "closureNote", "Lampirkan foto kunjungan kedua"));
        assertThat(gepeng).isWaitingAt("FollowUpCase");
        complete(task(gepeng), withVariables("followUpNote", "Foto kunjungan diunggah"));
        assertThat(gepeng).isWaitingAt("ApproveClosure");
        complete(task(gepeng), withVariables("closureDecision", "APPROVE", "closureNote", "Lengkap"));

        assertThat(gepeng).hasPassed("CloseCase", "CaseClosed").isEnded();
        assertThat(caseFile(gepeng).outcome()).isEqualTo("EMPOWERED");
        assertThat(caseFile(gepeng).status()).isEqualTo("CLOSED");
        assertThat(eventTypes(gepeng)).contains("OUTREACH_RECORDED", "CASE_CATEGORIZED", "INTERVENTION_CHOSEN",
                "EMPOWERMENT_STARTED", "CASE_CLOSED");
        assertThat(eventTypes(gepeng).stream().filter("MONITORING_VISIT"::equals)).hasSize(2);
        assertThat(event(gepeng, "EMPOWERMENT_STARTED").details()).containsEntry("program", "KUBE Sekar Melati, Sooko");
    }

    @Test
    void anOlderLocalResidentGoesToASecondPantiWhenTheFirstHasNoRoom() {
        ProcessInstance gepeng = open("Mbah Karto", null, Sex.M, "Tidur di emperan Pasar Mojosari");
        complete(task(gepeng), assessment(68, OFFICE, false, false, false, false));
        assertThat(variable(gepeng, "intervention")).isEqualTo("REHABILITATION");
        assertThat(variable(gepeng, "interventionReason")).asString().contains("Lanjut usia");

        // A referral without the client's consent needs the reason: the completion is refused, nothing is written.
        Map<String, Object> withoutReason = rehabilitation("UPT Pelayanan Sosial Tresna Werdha Jombang", "OVERRIDDEN");
        assertThatThrownBy(() -> complete(task(gepeng), withoutReason))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("alasan pengecualian");
        assertThat(gepeng).isWaitingAt("PlanIntervention");
        assertThat(referrals.ofCase(caseFile(gepeng).id())).isEmpty();

        complete(task(gepeng), rehabilitation("UPT Pelayanan Sosial Tresna Werdha Jombang", "GIVEN"));
        assertThat(gepeng).hasPassed("ReferToPanti").isWaitingAt("RecordPlacementOutcome");
        assertThat(caseFile(gepeng).status()).isEqualTo("REFERRED");
        complete(task(gepeng), outcome("UNSUCCESSFUL", "LACK_OF_CAPACITY", "Kamar penuh sampai Maret"));

        assertThat(gepeng).hasPassed("ClosePlacementReferral").isWaitingAt("PlanIntervention");
        complete(task(gepeng), rehabilitation("Panti Werdha Majapahit Mojokerto", "GIVEN"));
        complete(task(gepeng), outcome("SUCCESSFUL", null, "Diterima, masuk 1 Desember"));
        assertThat(gepeng).isWaitingAt("MonitoringVisit");
        complete(task(gepeng), visit("2026-12-28", "Sehat, mengikuti kegiatan panti", "COMPLETED"));
        complete(task(gepeng), withVariables("closureDecision", "APPROVE", "closureNote", "Sesuai"));

        assertThat(gepeng).isEnded();
        assertThat(caseFile(gepeng).outcome()).isEqualTo("REHABILITATED");
        List<ReferralRepository.Referral> placements = referrals.ofCase(caseFile(gepeng).id());
        assertThat(placements).extracting(ReferralRepository.Referral::agencyCode).containsExactly("PANTI", "PANTI");
        assertThat(placements).extracting(ReferralRepository.Referral::outcome).containsExactly("UNSUCCESSFUL", "SUCCESSFUL");
        assertThat(placements.get(0).reasonCode()).isEqualTo("LACK_OF_CAPACITY");
        assertThat(placements.get(1).purpose()).contains("Panti Werdha Majapahit");
    }

    @Test
    void aPersonOfUnknownDomicileIsHandledHereAndTheCaseworkerMayChooseOtherThanRecommended() {
        ProcessInstance gepeng = open("Tanpa nama, laki-laki sekitar 30 tahun", null, Sex.M, "Mengamen di Terminal Kertajaya");
        complete(task(gepeng), assessment(30, "", false, false, false, false));
        assertThat(category(gepeng)).isEqualTo("LOCAL_RESIDENT");
        assertThat(variable(gepeng, "classificationReason")).asString().contains("Domisili tidak diketahui");
        assertThat(variable(gepeng, "intervention")).isEqualTo("REHABILITATION");

        complete(task(gepeng), withVariables("intervention", "EMPOWERMENT", "empowermentType", "SKILLS_TRAINING",
                "planNote", "Ingin belajar las; dicoba pelatihan dulu"));
        assertThat(event(gepeng, "INTERVENTION_CHOSEN").details()).containsEntry("recommended", "REHABILITATION")
                .containsEntry("chosen", "EMPOWERMENT");
        complete(task(gepeng), withVariables("empowermentType", "SKILLS_TRAINING", "empowermentProgram",
                "Pelatihan las BLK Mojokerto", "empowermentStartDate", "2026-12-07"));
        complete(task(gepeng), visit("2027-01-05", "Tidak datang ke pelatihan sejak minggu kedua", "DROPPED_OUT"));
        complete(task(gepeng), withVariables("closureDecision", "APPROVE", "closureNote", "Dicatat"));
        assertThat(caseFile(gepeng).outcome()).isEqualTo("DROPPED_OUT");
    }

    @Test
    void aPersonWhoLeavesTheShelterBeforeTheAssessmentIsClosedWithTheSupervisorsApproval() {
        ProcessInstance gepeng = open("Darmo", null, Sex.M, "Diamankan Satpol PP di alun-alun");
        complete(task(gepeng), withVariables("assessmentResult", "LEFT_SHELTER", "shelterName", "Rumah Singgah Dinsos",
                "age", 40L, "assessmentNote", "Pergi malam hari sebelum diwawancara"));
        assertThat(gepeng).hasPassed("RecordLeftShelter").hasNotPassed("ClassifyPerson").isWaitingAt("ApproveClosure");
        complete(task(gepeng), withVariables("closureDecision", "APPROVE", "closureNote", "Sesuai"));
        assertThat(caseFile(gepeng).outcome()).isEqualTo("LEFT_SHELTER");
        assertThat(category(gepeng)).isNull();
        assertThat(event(gepeng, "LEFT_SHELTER").details()).containsEntry("note", "Pergi malam hari sebelum diwawancara");
    }

    // ------------------------------------------------------------------ from another region

    @Test
    void aManFromSurabayaRegisteredThroughTheApiIsReturnedHomeThroughTheDinsosOfOrigin() throws Exception {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("name", "Slamet");
        subject.put("sex", "M");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("serviceType", "GEPENG_HANDLING");
        body.put("channel", "WALK_IN");
        body.put("regionCode", OFFICE);
        body.put("subject", subject);
        body.put("reporter", Map.of("name", "Tim Penjangkauan Dinsos", "phone", "081234500077"));
        body.put("description", "Mengemis di depan Stasiun Mojokerto");
        ResponseEntity<String> created = post("operator", body);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = json.readTree(created.getBody()).path("registrationNumber").asText();
        ProcessInstance gepeng = processInstanceQuery().processInstanceBusinessKey(number).singleResult();

        complete(task(gepeng), assessment(42, SURABAYA, false, false, true, false));
        assertThat(category(gepeng)).isEqualTo("OTHER_REGION");
        assertThat(gepeng).isWaitingAt("PrepareReturnHome");
        complete(task(gepeng), returnHome("GIVEN"));

        assertThat(gepeng).hasPassed("ReferToOriginDinsos").isWaitingAt("RecordReturnHomeOutcome");
        ReferralRepository.Referral referral = referrals.ofCase(caseFile(gepeng).id()).get(0);
        assertThat(referral.agencyCode()).isEqualTo("DINSOS_ASAL");
        assertThat(referral.purpose()).contains("3578").contains("Bu Ratna (Dinsos Kota Surabaya)");
        complete(task(gepeng), outcome("SUCCESSFUL", null, "Diserahkan ke Dinsos Surabaya, berita acara 12/XII/2026"));

        assertThat(gepeng).hasPassed("CloseReturnHomeReferral").isWaitingAt("ApproveClosure");
        complete(task(gepeng), withVariables("closureDecision", "APPROVE", "closureNote", "Berita acara lengkap"));
        assertThat(caseFile(gepeng).outcome()).isEqualTo("RETURNED_HOME");
        assertThat(referrals.ofCase(caseFile(gepeng).id()).get(0).outcome()).isEqualTo("SUCCESSFUL");
    }

    @Test
    void aReturnHomeTheClientRefusesEndsUnsuccessfulWithItsReasonCode() {
        ProcessInstance gepeng = open("Wagiman", null, Sex.M, "Mengemis di Jl. Majapahit");
        complete(task(gepeng), assessment(50, SURABAYA, false, false, true, false));
        complete(task(gepeng), returnHome("GIVEN"));

        assertThatThrownBy(() -> complete(task(gepeng), outcome("UNSUCCESSFUL", null, "Tidak mau pulang")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("alasan");
        assertThat(gepeng).isWaitingAt("RecordReturnHomeOutcome");
        complete(task(gepeng), outcome("UNSUCCESSFUL", "CLIENT_REFUSED", "Tidak mau pulang ke keluarga"));

        assertThat(gepeng).isWaitingAt("ApproveClosure");
        complete(task(gepeng), withVariables("closureDecision", "APPROVE", "closureNote", "Klien menolak, dicatat"));
        assertThat(caseFile(gepeng).outcome()).isEqualTo("RETURN_HOME_UNSUCCESSFUL");
        ReferralRepository.Referral referral = referrals.ofCase(caseFile(gepeng).id()).get(0);
        assertThat(referral.outcome()).isEqualTo("UNSUCCESSFUL");
        assertThat(referral.reasonCode()).isEqualTo("CLIENT_REFUSED");
        assertThat(event(gepeng, "REFERRAL_CLOSED").details()).containsEntry("reasonCode", "CLIENT_REFUSED");
    }

    @Test
    void whenTheDinsosOfOriginNeverAnswersTheReturnHomeIsRecordedAsUnsuccessful() {
        ProcessInstance gepeng = open("Paijo", null, Sex.M, "Mengemis di lampu merah Trowulan");
        complete(task(gepeng), assessment(38, SURABAYA, false, false, true, false));
        complete(task(gepeng), returnHome("GIVEN"));

        Job noAnswer = job("ReturnHomeNoAnswer", gepeng);
        // Ten working days from Thursday 26 November, at office close: Thursday 10 December 16:00.
        assertThat(noAnswer.getDuedate()).isEqualTo(date(OffsetDateTime.of(2026, 12, 10, 16, 0, 0, 0, ZoneOffset.ofHours(7))));
        execute(noAnswer);

        assertThat(gepeng).hasPassed("CloseReturnHomeNoAnswer").hasNotPassed("CloseReturnHomeReferral")
                .isWaitingAt("ApproveClosure");
        ReferralRepository.Referral referral = referrals.ofCase(caseFile(gepeng).id()).get(0);
        assertThat(referral.reasonCode()).isEqualTo("UNABLE_TO_CONTACT_AGENCY");
        assertThat(referral.outcomeNote()).contains("tidak menjawab");
        complete(task(gepeng), withVariables("closureDecision", "APPROVE", "closureNote", "Sesuai"));
        assertThat(caseFile(gepeng).outcome()).isEqualTo("RETURN_HOME_UNSUCCESSFUL");
    }

    // ------------------------------------------------------------------ children

    @Test
    void aChildBeggingAtATrafficLightIsReferredToChildProtectionWithTheSupervisorsApproval() {
        ProcessInstance gepeng = open("Anak laki-laki, sekitar 11 tahun", null, Sex.M, "Mengemis di lampu merah Brangkal");
        // A child from Surabaya with signs of distress still takes the child-protection path.
        complete(task(gepeng), assessment(11, SURABAYA, true, false, false, false));
        assertThat(category(gepeng)).isEqualTo("CHILD");
        assertThat(gepeng).isWaitingAt("PrepareChildReferral");
        // Children's cases are counted in calendar hours: 24 hours.
        assertThat(task(gepeng)).hasDueDate(date(THURSDAY_MORNING.plusHours(24)));

        complete(task(gepeng), childReferral("UPTD_PPA", "Pendampingan psikososial dan penelusuran keluarga"));
        assertThat(gepeng).isWaitingAt("ApproveChildReferral");
        assertThat(task(gepeng)).hasCandidateGroup("supervisor");
        complete(task(gepeng), withVariables("childReferralDecision", "RETURN",
                "childReferralApprovalNote", "Sebutkan kebutuhan sekolahnya"));
        assertThat(gepeng).isWaitingAt("PrepareChildReferral");
        complete(task(gepeng), childReferral("UPTD_PPA", "Pendampingan psikososial, penelusuran keluarga, kembali sekolah"));
        complete(task(gepeng), withVariables("childReferralDecision", "APPROVE", "childReferralApprovalNote", "Setuju"));

        assertThat(gepeng).hasPassed("ReferChild").isWaitingAt("RecordChildReferralOutcome");
        complete(task(gepeng), outcome("UNSUCCESSFUL", "LACK_OF_CAPACITY", "Shelter UPTD PPA penuh"));
        assertThat(gepeng).isWaitingAt("PrepareChildReferral");
        complete(task(gepeng), childReferral("LPKS", "Pengasuhan sementara dan kembali sekolah"));
        complete(task(gepeng), withVariables("childReferralDecision", "APPROVE", "childReferralApprovalNote", "Setuju"));
        complete(task(gepeng), outcome("SUCCESSFUL", null, "Diterima LPKS Anak Harapan"));

        assertThat(gepeng).isWaitingAt("ApproveClosure");
        complete(task(gepeng), withVariables("closureDecision", "APPROVE", "closureNote", "Anak sudah di LPKS"));
        assertThat(caseFile(gepeng).outcome()).isEqualTo("CHILD_PROTECTION_REFERRED");
        List<ReferralRepository.Referral> childReferrals = referrals.ofCase(caseFile(gepeng).id());
        assertThat(childReferrals).extracting(ReferralRepository.Referral::agencyCode).containsExactly("UPTD_PPA", "LPKS");
        assertThat(childReferrals).extracting(ReferralRepository.Referral::outcome).containsExactly("UNSUCCESSFUL", "SUCCESSFUL");
        assertThat(childReferrals.get(0).agencyName()).isEqualTo("UPTD Perlindungan Perempuan dan Anak");
    }

    // ------------------------------------------------------------------ suspected ODGJ

    @Test
    void aSuspectedOdgjIsHandedOverToTheOdgjServiceAsALinkedCase() throws Exception {
        ProcessInstance gepeng = open("Bejo", "3516011208800009", Sex.M, "Berbicara sendiri di Taman Kota Mojosari");
        String number = caseFile(gepeng).registrationNumber();
        Map<String, Object> assessment = assessment(46, OFFICE, true, false, false, false);
        assessment.put("mentalIllnessSigns", "Halusinasi pendengaran, tidak mengenali waktu dan tempat");
        complete(task(gepeng), assessment);

        assertThat(gepeng).hasPassed("OpenOdgjCase", "CloseHandedOver", "HandedOverToOdgj").isEnded();
        CaseRecord handedOver = caseFile(gepeng);
        assertThat(handedOver.outcome()).isEqualTo("HANDED_OVER_TO_ODGJ");
        assertThat(category(gepeng)).isEqualTo("SUSPECTED_ODGJ");
        String odgjNumber = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(gepeng.getId()).variableName("linkedRegistrationNumber").singleResult().getValue();

        CaseRecord odgj = cases.findByRegistrationNumber(odgjNumber).orElseThrow();
        assertThat(odgj.serviceType()).isEqualTo("ODGJ_REUNIFICATION");
        assertThat(odgj.processKey()).isEqualTo("odgj-reunification");
        assertThat(odgj.closedAt()).isNull();
        assertThat(odgj.description()).contains(number).contains("Halusinasi pendengaran");
        assertThat(processInstanceQuery().processInstanceBusinessKey(odgjNumber).singleResult()).isNotNull();
        CasePerson subject = people.findByCase(odgj.id()).stream().filter(p -> p.id() == odgj.subjectPersonId())
                .findFirst().orElseThrow();
        assertThat(subject.data().nik()).isEqualTo("3516011208800009");
        assertThat(subject.data().name()).isEqualTo("Bejo");

        assertThat(event(gepeng, "LINKED_CASE_OPENED").details()).containsEntry("linkedCase", odgjNumber)
                .containsEntry("linkType", "HANDED_OVER").containsEntry("serviceType", "ODGJ_REUNIFICATION");
        assertThat(events.findByCase(odgj.id())).filteredOn(e -> e.type().equals("OPENED_FROM_LINKED_CASE"))
                .singleElement().satisfies(e -> assertThat(e.details()).containsEntry("linkedCase", number));

        // The caseworker sees the link from both sides.
        JsonNode fromGepeng = json.readTree(get("peksos", "/api/cases/" + number).getBody()).path("links");
        assertThat(fromGepeng).anySatisfy(link -> {
            assertThat(link.path("registrationNumber").asText()).isEqualTo(odgjNumber);
            assertThat(link.path("linkType").asText()).isEqualTo("HANDED_OVER");
            assertThat(link.path("direction").asText()).isEqualTo("OUTGOING");
        });
        JsonNode fromOdgj = json.readTree(get("peksos", "/api/cases/" + odgjNumber).getBody()).path("links");
        assertThat(fromOdgj).anySatisfy(link -> {
            assertThat(link.path("registrationNumber").asText()).isEqualTo(number);
            assertThat(link.path("linkType").asText()).isEqualTo("HANDED_OVER");
            assertThat(link.path("direction").asText()).isEqualTo("INCOMING");
        });
    }

    // ------------------------------------------------------------------ start form and deadlines

    @Test
    void theOutreachTeamRegistersAPersonFromAJointOperationInTasklist() {
        Map<String, Object> form = new HashMap<>();
        form.put("outreachMode", "JOINT_OPERATION");
        form.put("channel", "WALK_IN");
        form.put("regionCode", OFFICE);
        form.put("subjectName", "Tanpa nama, perempuan sekitar 50 tahun");
        form.put("subjectSex", "F");
        form.put("description", "Operasi terpadu Satpol PP di Jl. Gajah Mada, dibawa ke rumah singgah");
        form.put("reporterName", "Satpol PP Kabupaten Mojokerto");
        form.put("reporterPhone", "081234500088");
        ProcessInstance gepeng = submitStartForm(engine, "gepeng-handling", form);

        assertThat(gepeng).isWaitingAt("AssessAtShelter");
        assertThat(caseFile(gepeng).serviceType()).isEqualTo("GEPENG_HANDLING");
        assertThat(gepeng.getBusinessKey()).isEqualTo(caseFile(gepeng).registrationNumber());
        assertThat(event(gepeng, "OUTREACH_RECORDED").details()).containsEntry("outreachMode", "JOINT_OPERATION");
        assertThat(engine.getRuntimeService().getVariables(gepeng.getId())).doesNotContainKeys("reporterPhone", "reporterName");
    }

    @Test
    void anAssessmentLeftUntouchedIsFlaggedAtRiskThenEscalatedToTheSupervisor() {
        ProcessInstance gepeng = open("Sarmi", null, Sex.F, "Mengemis di depan masjid agung");
        Job atRisk = job("AssessAtShelterAtRisk", gepeng);
        // 75 % of 72 hours: Saturday 28 November 15:00.
        assertThat(atRisk.getDuedate()).isEqualTo(date(THURSDAY_MORNING.plusHours(54)));
        execute(atRisk);
        assertThat(gepeng).hasPassed("AssessAtShelterFlagAtRisk", "AssessAtShelterAtRiskFlagged").isWaitingAt("AssessAtShelter");
        assertThat(eventTypes(gepeng)).contains("SLA_AT_RISK").doesNotContain("SLA_BREACHED");

        execute(job("AssessAtShelterDeadline", gepeng));
        assertThat(gepeng).hasPassed("AssessAtShelterRecordBreach").isWaitingAt("AssessAtShelter", "AssessAtShelterEscalate");
        assertThat(eventTypes(gepeng)).contains("SLA_BREACHED");
        Task escalation = taskAt(gepeng, "AssessAtShelterEscalate");
        assertThat(escalation).hasCandidateGroup("supervisor");
        complete(escalation, withVariables("escalationAction", "REASSIGNED", "escalationNote", "Dialihkan ke peksos jaga"));
        assertThat(gepeng).hasPassed("AssessAtShelterEscalationHandled").isWaitingAt("AssessAtShelter");
    }

    @Test
    void aMonitoringVisitNotMadeInTimeIsFlaggedAtRiskThenEscalated() {
        ProcessInstance gepeng = open("Suwarno", null, Sex.M, "Memulung dan mengemis di TPA Randegan");
        complete(task(gepeng), assessment(33, OFFICE, false, false, true, false));
        complete(task(gepeng), withVariables("intervention", "EMPOWERMENT", "empowermentType", "SKILLS_TRAINING",
                "planNote", "Pelatihan servis sepeda motor"));
        complete(task(gepeng), withVariables("empowermentType", "SKILLS_TRAINING", "empowermentProgram",
                "Pelatihan otomotif BLK", "empowermentStartDate", "2026-12-02"));
        assertThat(gepeng).isWaitingAt("MonitoringVisit");

        assertThat(job("MonitoringVisitAtRisk", gepeng).getDuedate())
                .isEqualTo(date(THURSDAY_MORNING.plusHours(540)));
        execute(job("MonitoringVisitAtRisk", gepeng));
        assertThat(gepeng).hasPassed("MonitoringVisitFlagAtRisk", "MonitoringVisitAtRiskFlagged");
        execute(job("MonitoringVisitDeadline", gepeng));
        assertThat(gepeng).hasPassed("MonitoringVisitRecordBreach").isWaitingAt("MonitoringVisit", "MonitoringVisitEscalate");
        complete(taskAt(gepeng, "MonitoringVisitEscalate"),
                withVariables("escalationAction", "FOLLOWED_UP", "escalationNote", "Kunjungan dijadwalkan besok"));
        assertThat(gepeng).hasPassed("MonitoringVisitEscalationHandled").isWaitingAt("MonitoringVisit");
    }

    // ------------------------------------------------------------------ helpers

    private ProcessInstance open(String name, String nik, Sex sex, String description) {
        String number = intake.open(new CaseIntakeRequest("GEPENG_HANDLING", Channel.WALK_IN, OFFICE,
                new CaseIntakeRequest.Subject(nik, null, name, null, sex, null),
                new CaseIntakeRequest.Reporter("Tim Penjangkauan Dinsos", "081234500077"), description), "operator")
                .registrationNumber();
        return processInstanceQuery().processInstanceBusinessKey(number).singleResult();
    }

    private static Map<String, Object> assessment(long age, String domicile, boolean suspectedOdgj, boolean disability,
                                                  boolean ableToWork, boolean kube) {
        Map<String, Object> variables = withVariables("assessmentResult", "ASSESSED",
                "shelterName", "Rumah Singgah Dinas Sosial Kabupaten Mojokerto", "age", age,
                "suspectedMentalIllness", suspectedOdgj, "hasDisability", disability, "ableToWork", ableToWork,
                "interestedInKube", kube, "assessmentNote", "Wawancara dan pengamatan di rumah singgah");
        variables.put("domicileRegionCode", domicile);
        return variables;
    }

    private static Map<String, Object> rehabilitation(String panti, String consent) {
        Map<String, Object> variables = withVariables("intervention", "REHABILITATION", "placementName", panti,
                "referralConsent", consent, "planNote", "Perlu perawatan lanjut usia");
        variables.put("consentOverrideReason", null);
        return variables;
    }

    private static Map<String, Object> outcome(String outcome, String reasonCode, String note) {
        Map<String, Object> variables = withVariables("referralOutcome", outcome, "referralOutcomeNote", note);
        variables.put("referralReasonCode", reasonCode);
        return variables;
    }

    private static Map<String, Object> returnHome(String consent) {
        return withVariables("originDinsosContact", "Bu Ratna (Dinsos Kota Surabaya)",
                "returnPlan", "Diantar pendamping dengan mobil dinas, Senin 30 November", "referralConsent", consent);
    }

    private static Map<String, Object> childReferral(String agency, String purpose) {
        return withVariables("childProtectionAgency", agency, "childReferralPurpose", purpose,
                "referralConsent", "OVERRIDDEN",
                "consentOverrideReason", "Orang tua belum ditemukan; kepentingan terbaik anak");
    }

    private static Map<String, Object> visit(String date, String finding, String decision) {
        return withVariables("visitDate", date, "visitFinding", finding, "monitoringDecision", decision);
    }

    private Task taskAt(ProcessInstance instance, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(key).singleResult();
    }

    private Object variable(ProcessInstance instance, String name) {
        return engine.getRuntimeService().getVariable(instance.getId(), name);
    }

    private CaseRecord caseFile(ProcessInstance instance) {
        return cases.findByProcessInstanceId(instance.getId()).orElseThrow();
    }

    private String category(ProcessInstance instance) {
        return jdbc.sql("select category from slrt.case_file where id = ?").param(caseFile(instance).id())
                .query(String.class).optional().orElse(null);
    }

    private List<String> eventTypes(ProcessInstance instance) {
        return events.findByCase(caseFile(instance).id()).stream().map(CaseEvent::type).toList();
    }

    private CaseEvent event(ProcessInstance instance, String type) {
        List<CaseEvent> found = events.findByCase(caseFile(instance).id()).stream()
                .filter(e -> e.type().equals(type)).toList();
        assertThat(found).as("events %s", type).isNotEmpty();
        return found.get(found.size() - 1);
    }

    private List<String> outbox(ProcessInstance instance) {
        return jdbc.sql("select body from slrt.notification_outbox where case_id = ? order by id")
                .param(caseFile(instance).id()).query(String.class).list();
    }

    private ResponseEntity<String> post(String user, Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange("/api/cases", HttpMethod.POST, new HttpEntity<>(body, headers),
                String.class);
    }

    private ResponseEntity<String> get(String user, String path) {
        ResponseEntity<String> answer = http.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return answer;
    }

    private static Date date(OffsetDateTime time) {
        return Date.from(time.toInstant());
    }
}
