package id.slrt.caseengine.odgj;

import static id.slrt.caseengine.support.ProcessTests.at;
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

import id.slrt.caseengine.casefile.CaseEvent;
import id.slrt.caseengine.casefile.CaseEventRepository;
import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.casefile.CasePerson;
import id.slrt.caseengine.casefile.CasePersonRepository;
import id.slrt.caseengine.casefile.CaseRecord;
import id.slrt.caseengine.casefile.PersonRole;
import id.slrt.caseengine.handover.HandoverRecordRepository;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.intake.Sex;
import id.slrt.caseengine.letters.LetterRegister;
import id.slrt.caseengine.letters.LetterService;
import id.slrt.caseengine.integration.LocalBiometricCheckStandIn;
import id.slrt.caseengine.referral.ReferralRepository;
import id.slrt.caseengine.security.region.RegionTenants;
import id.slrt.caseengine.support.CoversEveryPath;
import id.slrt.caseengine.support.IntegrationTest;
import id.slrt.caseengine.system.Groups;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * People with a mental illness (ODGJ) found in the street, told through every path of
 * {@code odgj-reunification.bpmn}: identified by their fingerprints here, in another regency, or not at all (and
 * given an identity on the social report), by hand when Disdukcapil does not answer; stabilised at the RSJ first;
 * returned to a ready family with a berita acara the supervisor approves and visited afterwards; or placed in a
 * panti when the family is not found, refuses or cannot cope, and traced again every three months.
 */
@IntegrationTest
@CoversEveryPath("odgj-reunification")
class OdgjReunificationProcessTest {

    /** Thursday 26 November 2026, 09:00 WIB. */
    static final OffsetDateTime THURSDAY_MORNING = OffsetDateTime.of(2026, 11, 26, 9, 0, 0, 0, ZoneOffset.ofHours(7));

    /** Demo fingerprint captures of the local Disdukcapil stand-in (V70__odgj_biometric_demo_data.sql). */
    static final String SUPARMAN_REGISTERED_HERE = "SJ-3516-0001";
    static final String SITI_REGISTERED_IN_JOMBANG = "SJ-3516-0002";
    static final String SULASTRI_REGISTERED_HERE = "SJ-3516-0004";
    static final String NO_POPULATION_RECORD = "SJ-3516-0999";

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
    HandoverRecordRepository handovers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LocalBiometricCheckStandIn disdukcapil;
    @Autowired
    LetterRegister letters;
    @Autowired
    LetterService letterService;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        at(THURSDAY_MORNING);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
    }

    /**
     * The story the browser test tells: the front office types a phone report into the Tasklist start form, the
     * caseworker assesses, Disdukcapil knows the fingerprints, the family takes him back, the supervisor approves
     * the berita acara, one follow-up visit, closed.
     */
    @Test
    void aReportTypedIntoTheTasklistStartFormIsWalkedToTheEnd() {
        Map<String, Object> form = new HashMap<>();
        form.put("channel", "PHONE");
        form.put("regionCode", "3516");
        form.put("reporterName", "Bu Lurah Jatirejo");
        form.put("reporterPhone", "0812 3450 0301");
        form.put("subjectName", "Tanpa nama, laki-laki sekitar 45 tahun");
        form.put("subjectSex", "M");
        form.put("description", "Tidur di emperan pasar Jatirejo sejak seminggu, bicara sendiri, tidak mau makan");
        ProcessInstance report = submitStartForm(engine, "odgj-reunification", form);

        String number = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(report.getId())
                .singleResult().getBusinessKey();
        assertThat(number).matches("SLRT-3516-2026-\\d{6}");
        assertThat(report).hasPassed("RegisterCase", "SendAcknowledgement").isWaitingAt("AssessOdgj")
                .variables().doesNotContainKeys("reporterPhone", "reporterName", "subjectNik");
        assertThat(task(report)).hasName("Asesmen ODGJ").hasCandidateGroup("caseworker");
        CaseRecord record = caseFile(report);
        assertThat(record.serviceType()).isEqualTo("ODGJ_REUNIFICATION");
        assertThat(record.status()).isEqualTo("ASSESSMENT");
        assertThat(record.currentStep()).isEqualTo("Asesmen ODGJ");
        assertThat(jdbc.sql("select phone from slrt.case_person where case_id = ? and role = 'REPORTER'")
                .param(record.id()).query(String.class).single()).isEqualTo("+6281234500301");
        assertThat(outbox(report)).first().asString().contains(number).contains("1x24 jam");

        complete(task(report), assessment(SUPARMAN_REGISTERED_HERE, false));
        assertThat(report).isWaitingAt("CheckBiometric");
        assertThat(caseFile(report).status()).isEqualTo("WAITING_AGENCY");
        assertThat(disdukcapil.pollOnce()).isPositive();
        assertThat(report).isWaitingAt("TraceFamily");
        complete(task(report), familyFound("Sumini", "PARENT"));
        complete(task(report), readiness("WILLING", true, true, true));
        complete(task(report), handover("BA/" + number));
        assertThat(report).isWaitingAt("ApproveHandover");
        assertThat(task(report)).hasCandidateGroup("supervisor");
        complete(task(report), withVariables("handoverDecision", "APPROVE", "handoverApprovalNote", "Lengkap"));
        complete(task(report), visit("COMPLETE"));

        assertThat(report).hasPassed("CloseReunified", "Reunified").isEnded();
        CaseRecord closed = caseFile(report);
        assertThat(closed.status()).isEqualTo("CLOSED");
        assertThat(closed.outcome()).isEqualTo("REUNIFIED");
        assertThat(subject(report).name()).isEqualTo("Suparman");
    }

    @Test
    void aManIdentifiedHereGoesHomeAfterTheSupervisorHasTheBeritaAcaraCorrectedAndIsVisitedUntilStable() {
        ProcessInstance report = report("Tanpa nama, laki-laki sekitar 40 tahun", "081234500302");
        complete(task(report), assessment(SUPARMAN_REGISTERED_HERE, false));
        assertThat(report).hasPassed("NeedsStabilisation").hasNotPassed("ReferForStabilisation");
        disdukcapil.pollOnce();

        assertThat(report).hasPassed("CheckBiometric", "RecordIdentityChecked").isWaitingAt("TraceFamily");
        assertThat(report).variables().containsEntry("biometricOutcome", "FOUND_LOCAL")
                .containsEntry("subjectName", "Suparman")
                .doesNotContainKeys("nik", "identityNik", "subjectNik");
        assertThat(subject(report).nik()).isEqualTo("3516011407810007");
        assertThat(subject(report).kkNumber()).isEqualTo("3516011002100007");
        assertThat(caseFile(report).status()).isEqualTo("IN_PROGRESS");

        complete(task(report), familyFound("Sumini", "PARENT"));
        assertThat(report).hasPassed("RecordFamilyContact").isWaitingAt("AssessFamilyReadiness")
                .variables().containsEntry("familyContactName", "Sumini")
                .doesNotContainKeys("familyContactPhone", "familyContactAddress");
        CasePerson family = person(report, PersonRole.FAMILY_CONTACT);
        assertThat(family.data().phone()).isEqualTo("+6281234500401");
        assertThat(engineHistoryHolding("3450-0401")).as("the family's phone in the engine's history").isZero();
        assertThat(family.data().relationship()).isEqualTo("PARENT");

        complete(task(report), readiness("HESITANT", true, true, true));
        assertThat(report).hasPassed("DecideFamilyReadiness", "RecordReadinessDecision").isWaitingAt("PrepareHandover")
                .variables().containsEntry("familyReadiness", "READY");
        String recordNumber = "BA/" + number(report);
        complete(task(report), handover(recordNumber));
        assertThat(caseFile(report).status()).isEqualTo("AWAITING_APPROVAL");
        complete(task(report), withVariables("handoverDecision", "RETURN",
                "handoverApprovalNote", "Tambahkan saksi dari perangkat desa"));
        assertThat(report).hasPassed("JoinHandover").isWaitingAt("PrepareHandover");
        assertThat(handovers.ofCase(caseFile(report).id())).isEmpty();

        Map<String, Object> corrected = handover(recordNumber);
        corrected.put("witness2Name", "Sekretaris Desa Jatirejo");
        complete(task(report), corrected);
        Task approval = task(report);
        engine.getIdentityService().setAuthentication("supervisor", List.of(Groups.SUPERVISOR),
                List.of(RegionTenants.tenantOf("3516")));
        complete(approval, withVariables("handoverDecision", "APPROVE", "handoverApprovalNote", "Sudah lengkap"));
        engine.getIdentityService().clearAuthentication();

        assertThat(report).hasPassed("RecordHandover", "IssueHandoverLetter", "NotifyReunited")
                .isWaitingAt("FollowUpVisit");
        // The numbered berita acara, printed from the follow-up task or the case page, names him, his mother and
        // both witnesses; the supervisor who approved issued it.
        assertThat(letters.ofCase(caseFile(report).id())).singleElement().satisfies(letter -> {
            assertThat(letter.letterType()).isEqualTo("berita-acara-serah-terima");
            assertThat(letter.letterNumber()).matches("400\\.9/\\d{4}/Dinsos/XI/2026");
            assertThat(letter.issuedBy()).isEqualTo("supervisor");
            assertThat(report).variables().containsEntry("issuedLetterNumber", letter.letterNumber());
            String text = pdfText(letterService.pdf(letter.id()));
            assertThat(text).contains("BERITA ACARA SERAH TERIMA", letter.letterNumber(), "Suparman",
                    "3516011407810007", "Sumini", "Kepala Desa Jatirejo", "Sekretaris Desa Jatirejo",
                    "30 November 2026", "26 November 2026", "Balai Desa Jatirejo", recordNumber);
        });
        assertThat(handovers.ofCase(caseFile(report).id())).singleElement().satisfies(record -> {
            assertThat(record.recordNumber()).isEqualTo(recordNumber);
            assertThat(record.receiverName()).isEqualTo("Sumini");
            assertThat(record.receiverRelationship()).isEqualTo("PARENT");
            assertThat(record.witnesses()).isEqualTo("Kepala Desa Jatirejo; Sekretaris Desa Jatirejo");
            assertThat(record.handoverDate()).hasToString("2026-11-30");
            assertThat(record.recordedBy()).isEqualTo("supervisor");
        });
        assertThat(outbox(report)).last().asString().contains("telah kembali ke keluarganya");
        assertThat(caseFile(report).status()).isEqualTo("MONITORING");

        complete(task(report), visit("CONTINUE"));
        assertThat(report).isWaitingAt("WaitForNextVisit");
        Job nextVisit = job("WaitForNextVisit", report);
        assertThat(nextVisit.getDuedate()).isEqualTo(Date.from(THURSDAY_MORNING.plusDays(30).toInstant()));
        execute(nextVisit);
        assertThat(report).isWaitingAt("FollowUpVisit");
        complete(task(report), visit("COMPLETE"));

        assertThat(report).hasPassed("CloseReunified", "Reunified").isEnded();
        assertThat(caseFile(report).outcome()).isEqualTo("REUNIFIED");
        assertThat(eventTypes(report)).contains("IDENTITY_CHECKED", "FAMILY_CONTACT_RECORDED",
                "FAMILY_READINESS_DECIDED", "HANDOVER_RECORDED", "CASE_CLOSED");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(report.getId()).count()).isZero();
    }

    @Test
    void aWomanInCrisisIsStabilisedFoundRegisteredInJombangAndStaysInThePantiWhenHerFamilyCannotBeFound() {
        ProcessInstance report = report("Perempuan sekitar 35 tahun, berbaju batik", "081234500303");
        Map<String, Object> assessment = assessment(SITI_REGISTERED_IN_JOMBANG, true);
        assessment.put("mentalCondition", "AGITATED");
        complete(task(report), assessment);

        assertThat(report).hasPassed("ReferForStabilisation", "IssueReferralLetter").isWaitingAt("RecordStabilisation");
        assertThat(caseFile(report).status()).isEqualTo("REFERRED");
        assertThat(referrals.ofCase(caseFile(report).id())).singleElement().satisfies(referral -> {
            assertThat(referral.agencyCode()).isEqualTo("RSJ");
            assertThat(referral.consent()).isEqualTo("OVERRIDDEN");
            assertThat(referral.consentOverrideReason()).contains("krisis akut");
            // She goes to the RSJ with a numbered surat rujukan naming it and the referral's purpose.
            assertThat(letters.ofCase(caseFile(report).id())).singleElement().satisfies(letter -> {
                assertThat(letter.letterType()).isEqualTo("surat-rujukan");
                assertThat(pdfText(letterService.pdf(letter.id()))).contains("SURAT RUJUKAN", letter.letterNumber(),
                        referral.agencyName(), "Stabilisasi medis ODGJ", "26 November 2026");
            });
        });
        complete(task(report), withVariables("referralOutcome", "UNSUCCESSFUL", "referralReasonCode", "LACK_OF_CAPACITY",
                "referralOutcomeNote", "Bangsal RSJ penuh", "stabilisationNext", "REFER_AGAIN",
                "stabilisationAgency", "PUSKESMAS"));
        assertThat(report).hasPassed("CloseStabilisationReferral", "StabilisationNext").isWaitingAt("RecordStabilisation");
        // Referred again, to the Puskesmas: a second surat rujukan, to the new agency.
        assertThat(letters.ofCase(caseFile(report).id())).hasSize(2).last().satisfies(letter ->
                assertThat(pdfText(letterService.pdf(letter.id()))).contains(
                        referrals.ofCase(caseFile(report).id()).get(1).agencyName()));
        complete(task(report), withVariables("referralOutcome", "SUCCESSFUL", "referralReasonCode", null,
                "referralOutcomeNote", "Stabil setelah 10 hari perawatan, obat oral", "stabilisationNext", "CONTINUE",
                "stabilisationAgency", "PUSKESMAS"));
        assertThat(referrals.ofCase(caseFile(report).id())).extracting(ReferralRepository.Referral::agencyCode,
                ReferralRepository.Referral::outcome, ReferralRepository.Referral::reasonCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RSJ", "UNSUCCESSFUL", "LACK_OF_CAPACITY"),
                        org.assertj.core.groups.Tuple.tuple("PUSKESMAS", "SUCCESSFUL", null));

        disdukcapil.pollOnce();
        assertThat(report).hasPassed("ReferToOriginDinsos").isWaitingAt("CoordinateWithOriginRegion").variables()
                .containsEntry("biometricOutcome", "FOUND_OTHER_REGION").containsEntry("originRegionCode", "3517")
                .containsEntry("originRegionName", "Kabupaten Jombang");
        complete(task(report), withVariables("coordinationLetterNumber", "460/211/415.17/2026",
                "referralOutcome", "SUCCESSFUL", "referralReasonCode", null,
                "referralOutcomeNote", "Dinsos Jombang menelusuri alamat KTP di Kecamatan Gudo"));
        assertThat(report).hasPassed("CloseOriginReferral").isWaitingAt("TraceFamily");

        complete(task(report), withVariables("familyFound", "NOT_FOUND",
                "tracingNote", "Rumah di alamat KTP kosong; tetangga tidak tahu keluarganya pindah ke mana"));
        assertThat(report).hasPassed("ReferToPanti").isWaitingAt("RecordPlacement");
        complete(task(report), placement());
        assertThat(report).hasPassed("ClosePantiReferral", "MarkPlaced").isWaitingAt("WaitForRetry");
        assertThat(caseFile(report).status()).isEqualTo("PLACED");
        assertThat(job("WaitForRetry", report).getDuedate())
                .isEqualTo(Date.from(THURSDAY_MORNING.plusDays(90).toInstant()));

        execute(job("WaitForRetry", report));
        assertThat(report).isWaitingAt("ReviewPlacement");
        complete(task(report), withVariables("retryDecision", "LONG_TERM_CARE",
                "reviewNote", "Keluarga tidak ditemukan setelah penelusuran ulang; perawatan jangka panjang di UPT"));

        assertThat(report).hasPassed("CloseLongTermCare", "LongTermCare").isEnded();
        assertThat(caseFile(report).status()).isEqualTo("CLOSED");
        assertThat(caseFile(report).outcome()).isEqualTo("LONG_TERM_CARE");
        assertThat(eventTypes(report)).contains("REFERRAL_SENT", "REFERRAL_CLOSED", "IDENTITY_CHECKED", "CASE_CLOSED");
        assertThat(referrals.ofCase(caseFile(report).id())).extracting(ReferralRepository.Referral::agencyCode)
                .containsExactly("RSJ", "PUSKESMAS", "DINSOS_ASAL", "PANTI");
    }

    @Test
    void aFamilyThatRefusesFirstTakesHerBackWhenReunificationIsRetriedThreeMonthsLater() {
        ProcessInstance report = report("Perempuan muda di terminal", "081234500304");
        complete(task(report), assessment(SULASTRI_REGISTERED_HERE, false));
        disdukcapil.pollOnce();
        complete(task(report), familyFound("Karsono", "SIBLING"));
        complete(task(report), readiness("REFUSED", true, true, true));

        assertThat(report).hasPassed("FamilyReady").isWaitingAt("RecordPlacement").variables()
                .containsEntry("familyReadiness", "NOT_READY")
                .containsEntry("readinessReason", "Keluarga menolak menerima kembali");
        complete(task(report), placement());
        execute(job("WaitForRetry", report));
        complete(task(report), withVariables("retryDecision", "TRACE_AGAIN",
                "reviewNote", "Kondisi stabil di UPT; kakak sudah mau bicara lagi"));

        assertThat(report).hasPassed("JoinFamilyTracing").isWaitingAt("TraceFamily");
        complete(task(report), familyFound("Karsono", "SIBLING"));
        complete(task(report), readiness("WILLING", true, true, false));
        assertThat(report).isWaitingAt("PrepareHandover").variables().containsEntry("familyReadiness", "READY");
        complete(task(report), handover("BA/" + number(report)));
        complete(task(report), withVariables("handoverDecision", "APPROVE", "handoverApprovalNote", "Setuju"));
        complete(task(report), visit("COMPLETE"));

        assertThat(report).isEnded();
        assertThat(caseFile(report).outcome()).isEqualTo("REUNIFIED");
        assertThat(people.findByCase(caseFile(report).id())).filteredOn(p -> p.role() == PersonRole.FAMILY_CONTACT)
                .hasSize(2);
        assertThat(eventTypes(report)).filteredOn("FAMILY_READINESS_DECIDED"::equals).hasSize(2);
    }

    @Test
    void aFamilyThatCanNoLongerCopeDuringFollowUpLeadsToAPlacement() {
        ProcessInstance report = report("Laki-laki tua di makam desa", "081234500305");
        complete(task(report), assessment(SUPARMAN_REGISTERED_HERE, false));
        disdukcapil.pollOnce();
        complete(task(report), familyFound("Sumini", "PARENT"));
        complete(task(report), readiness("WILLING", true, true, true));
        complete(task(report), handover("BA/" + number(report)));
        complete(task(report), withVariables("handoverDecision", "APPROVE", "handoverApprovalNote", "Setuju"));

        Map<String, Object> visit = visit("PLACEMENT");
        visit.put("personCondition", "RELAPSED");
        visit.put("familyCoping", "UNABLE");
        complete(task(report), visit);

        assertThat(report).hasPassed("ReferToPanti").isWaitingAt("RecordPlacement");
        assertThat(caseFile(report).closedAt()).isNull();
    }

    @Test
    void aPersonWithoutAnyPopulationRecordGetsAnIdentityIssuedOnTheSocialReport() {
        ProcessInstance report = report("Mbah putri tanpa nama di pos ronda", "081234500306");
        complete(task(report), assessment(NO_POPULATION_RECORD, false));
        disdukcapil.pollOnce();

        assertThat(report).isWaitingAt("WriteSocialReport").variables().containsEntry("biometricOutcome", "NO_RECORD");
        complete(task(report), withVariables("socialReportNumber", "LS/ODGJ/17/2026", "socialReportDate", "2026-11-26",
                "proposedName", "Darmi",
                "socialReportSummary", "Ditemukan warga di pos ronda Dusun Kedung; dikenal warga sebagai Mbah Darmi, "
                        + "tinggal di sekitar pasar sejak sekitar tahun 2010, tidak ingat asal-usulnya."));
        assertThat(report).hasPassed("RequestIdentityIssuance").isWaitingAt("RecordIssuedIdentity");
        assertThat(caseFile(report).status()).isEqualTo("WAITING_AGENCY");

        String taskId = task(report).getId();
        Map<String, Object> impossibleBirthDate = withVariables("identityNik", "3516013202600009",
                "issuanceDocumentNumber", "474.4/0123/2026", "issuedOn", "2026-11-26");
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, impossibleBirthDate))
                .hasMessageContaining("Identitas tidak dapat dicatat").hasMessageContaining("NIK tidak valid");
        assertThat(report).isWaitingAt("RecordIssuedIdentity");
        assertThat(subject(report).nik()).isNull();

        // Submitted as Tasklist submits a form: the engine records every submitted form value in its history.
        engine.getFormService().submitTaskForm(task(report).getId(), withVariables("identityNik", "3516015508600009",
                "identityKkNumber", "3516011002200009", "issuanceDocumentNumber", "474.4/0123/2026",
                "issuedOn", "2026-11-26"));
        assertThat(report).hasPassed("SaveIssuedIdentity", "CloseIssuanceReferral").isWaitingAt("TraceFamily")
                .variables().containsEntry("subjectName", "Darmi").doesNotContainKeys("identityNik", "identityKkNumber");
        assertThat(engineHistoryHolding("3516015508600009")).as("the NIK in the engine's history").isZero();
        assertThat(engineHistoryHolding("3516011002200009")).as("the KK number in the engine's history").isZero();
        assertThat(subject(report).nik()).isEqualTo("3516015508600009");
        assertThat(subject(report).name()).isEqualTo("Darmi");
        assertThat(referrals.ofCase(caseFile(report).id())).singleElement().satisfies(referral -> {
            assertThat(referral.agencyCode()).isEqualTo("DISDUKCAPIL");
            assertThat(referral.purpose()).contains("LS/ODGJ/17/2026");
            assertThat(referral.outcome()).isEqualTo("SUCCESSFUL");
        });
        assertThat(events.findByCase(caseFile(report).id())).filteredOn(e -> e.type().equals("IDENTITY_RECORDED"))
                .singleElement().satisfies(e -> assertThat(e.details()).containsEntry("source", "ISSUED_BY_DISDUKCAPIL")
                        .containsEntry("reference", "474.4/0123/2026").doesNotContainValue("3516015508600009"));
    }

    @Test
    void whenDisdukcapilDoesNotAnswerTheCaseworkerChecksTheIdentityByHand() {
        ProcessInstance report = report("Laki-laki di jembatan", "081234500307");
        complete(task(report), assessment(SUPARMAN_REGISTERED_HERE, false));
        Job late = job("BiometricLate", report);
        // Two working days from Thursday 26 November: Friday 27 and Monday 30, at office close (16:00 WIB).
        assertThat(late.getDuedate()).isEqualTo(Date.from(OffsetDateTime.of(2026, 11, 30, 16, 0, 0, 0,
                ZoneOffset.ofHours(7)).toInstant()));

        execute(late);
        assertThat(report).isWaitingAt("CheckIdentityManually");
        assertThat(caseFile(report).status()).isEqualTo("VERIFICATION");
        assertThat(engine.getExternalTaskService().createExternalTaskQuery().processInstanceId(report.getId()).count())
                .isZero();
        complete(task(report), withVariables("biometricOutcome", "FOUND_LOCAL", "identityNik", "3516011407810007",
                "identityKkNumber", "3516011002100007", "originRegionCode", null,
                "biometricNote", "Dicek langsung di kantor Disdukcapil dengan alat perekam sidik jari"));

        assertThat(report).hasPassed("RecordManualIdentity", "RecordIdentityChecked").isWaitingAt("TraceFamily")
                .variables().doesNotContainKeys("identityNik", "identityKkNumber");
        assertThat(subject(report).nik()).isEqualTo("3516011407810007");
        assertThat(eventTypes(report)).contains("IDENTITY_RECORDED", "IDENTITY_CHECKED");
    }

    /**
     * Nobody picks up the assessment (a person in the street is reached within 1x24 hours): at 18 hours the task
     * is flagged at risk, at 24 hours the breach goes to the supervisor; the same for family tracing.
     */
    @Test
    void anUntouchedAssessmentAndFamilyTracingAreFlaggedAtRiskThenEscalatedToTheSupervisor() {
        ProcessInstance report = report("Laki-laki di halte bus", "081234500308");
        assertThat(job("AssessOdgjAtRisk", report).getDuedate())
                .isEqualTo(Date.from(THURSDAY_MORNING.plusHours(18).toInstant()));
        assertThat(job("AssessOdgjDeadline", report).getDuedate())
                .isEqualTo(Date.from(THURSDAY_MORNING.plusHours(24).toInstant()));

        at(THURSDAY_MORNING.plusHours(19));
        execute(job("AssessOdgjAtRisk", report));
        assertThat(report).hasPassed("AssessOdgjFlagAtRisk", "AssessOdgjAtRiskFlagged").isWaitingAt("AssessOdgj");
        assertThat(task("AssessOdgj", report).getPriority()).isEqualTo(80);
        at(THURSDAY_MORNING.plusHours(25));
        execute(job("AssessOdgjDeadline", report));
        assertThat(report).hasPassed("AssessOdgjRecordBreach").isWaitingAt("AssessOdgj", "AssessOdgjEscalate");
        Task escalation = task("AssessOdgjEscalate", report);
        assertThat(escalation).hasCandidateGroup("supervisor");
        complete(escalation, withVariables("escalationAction", "REASSIGNED", "escalationNote", "Dialihkan ke tim malam"));
        assertThat(report).hasPassed("AssessOdgjEscalationHandled");
        assertThat(eventTypes(report)).contains("SLA_AT_RISK", "SLA_BREACHED");

        complete(task("AssessOdgj", report), assessment(SUPARMAN_REGISTERED_HERE, false));
        disdukcapil.pollOnce();
        assertThat(report).isWaitingAt("TraceFamily");
        // Ten working days from Friday 27 November 10:00: Friday 11 December at office close (16:30 on Fridays).
        assertThat(job("TraceFamilyDeadline", report).getDuedate()).isEqualTo(Date.from(OffsetDateTime.of(2026, 12, 11,
                16, 30, 0, 0, ZoneOffset.ofHours(7)).toInstant()));
        execute(job("TraceFamilyAtRisk", report));
        assertThat(report).hasPassed("TraceFamilyFlagAtRisk", "TraceFamilyAtRiskFlagged");
        execute(job("TraceFamilyDeadline", report));
        complete(task("TraceFamilyEscalate", report), withVariables("escalationAction", "JUSTIFIED",
                "escalationNote", "Keluarga di luar kota, sudah dihubungi lewat perangkat desa"));
        assertThat(report).hasPassed("TraceFamilyRecordBreach", "TraceFamilyEscalationHandled").isWaitingAt("TraceFamily");
    }

    @Test
    void theServerRefusesAnAssessmentWithAnImpossibleAgeOrAMalformedFingerprintReference() {
        ProcessInstance report = report("Laki-laki di stasiun", "081234500309");
        String taskId = task(report).getId();
        Map<String, Object> wrong = assessment("sj 3516 1", false);
        wrong.put("estimatedAge", 7L);

        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, wrong))
                .hasMessageContaining("Perkiraan usia (tahun) paling kecil 12")
                .hasMessageContaining("Nomor referensi perekaman sidik jari tidak sesuai format");
        assertThat(report).isWaitingAt("AssessOdgj");
    }

    @Test
    void aFamilyFoundWithoutANameIsRefusedUntilTheCaseworkerNamesTheContact() {
        ProcessInstance report = report("Perempuan di alun-alun", "081234500310");
        complete(task(report), assessment(SULASTRI_REGISTERED_HERE, false));
        disdukcapil.pollOnce();
        String taskId = task(report).getId();
        Map<String, Object> nameless = familyFound(" ", "PARENT");

        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, nameless))
                .hasMessageContaining("Nama anggota keluarga yang dihubungi wajib diisi");
        assertThat(report).isWaitingAt("TraceFamily");
        assertThat(people.findByCase(caseFile(report).id())).noneMatch(p -> p.role() == PersonRole.FAMILY_CONTACT);
    }

    // ---- the case, as the caseworker fills the forms

    /** Rows of the engine's variable and form history whose value holds {@code text}. */
    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long engineHistoryHolding(String text) {
        return jdbc.sql("select (select count(*) from act_hi_varinst where text_ like :t or text2_ like :t)"
                        + " + (select count(*) from act_hi_detail where text_ like :t or text2_ like :t)")
                .param("t", "%" + text + "%").query(Long.class).single();
    }

    private ProcessInstance report(String description, String reporterPhone) {
        String number = intake.open(new CaseIntakeRequest("ODGJ_REUNIFICATION", Channel.PHONE, "3516",
                new CaseIntakeRequest.Subject(null, null, description, null, Sex.M, null),
                new CaseIntakeRequest.Reporter("Warga Jatirejo", reporterPhone),
                "Ditemukan di " + description.toLowerCase() + ", tampak bingung dan tidak terurus"), "operator")
                .registrationNumber();
        return processInstanceQuery().processInstanceBusinessKey(number).singleResult();
    }

    static Map<String, Object> assessment(String fingerprintReference, boolean needsStabilisation) {
        Map<String, Object> v = new HashMap<>();
        v.put("outreachDate", "2026-11-26");
        v.put("outreachLocation", "Pasar Jatirejo");
        v.put("estimatedAge", 40L);
        v.put("mentalCondition", "CONFUSED");
        v.put("physicalCondition", "Kurus, luka lecet di kaki");
        v.put("fingerprintReference", fingerprintReference);
        v.put("needsMedicalStabilisation", needsStabilisation);
        v.put("stabilisationAgency", "RSJ");
        v.put("referralConsent", "OVERRIDDEN");
        v.put("consentOverrideReason", "Dalam krisis akut, tidak dapat memahami dan memberi persetujuan");
        v.put("assessmentNote", "Tidak dapat menyebut nama dan alamat; warga melihatnya sejak seminggu lalu");
        return v;
    }

    static Map<String, Object> familyFound(String name, String relationship) {
        Map<String, Object> v = new HashMap<>();
        v.put("familyFound", "FOUND");
        v.put("familyContactName", name);
        v.put("familyContactRelationship", relationship);
        v.put("familyContactPhone", "0812-3450-0401");
        v.put("familyContactAddress", "Dusun Kedung RT 02 RW 01, Jatirejo");
        v.put("tracingNote", "Alamat dari data kependudukan, diantar perangkat desa");
        return v;
    }

    static Map<String, Object> readiness(String willing, boolean caregiver, boolean safeHome, boolean treatment) {
        return withVariables("familyWilling", willing, "caregiverAvailable", caregiver, "homeSafe", safeHome,
                "treatmentAccess", treatment, "readinessNote", "Kunjungan rumah dan wawancara dengan keluarga");
    }

    static Map<String, Object> handover(String recordNumber) {
        Map<String, Object> v = new HashMap<>();
        v.put("handoverRecordNumber", recordNumber);
        v.put("handoverDate", "2026-11-30");
        v.put("receiverName", "Sumini");
        v.put("receiverRelationship", "PARENT");
        v.put("witness1Name", "Kepala Desa Jatirejo");
        v.put("witness2Name", null);
        v.put("handoverLocation", "Balai Desa Jatirejo");
        v.put("handoverNote", "Obat untuk 14 hari diserahkan; kontrol ke Puskesmas Jatirejo");
        return v;
    }

    static Map<String, Object> visit(String decision) {
        return withVariables("visitDate", "2026-12-03", "personCondition", "STABLE", "takingMedication", true,
                "familyCoping", "COPING", "followUpDecision", decision, "visitNote", "Minum obat teratur, ikut kerja bakti");
    }

    static Map<String, Object> placement() {
        return withVariables("pantiName", "UPT Rehabilitasi Sosial Bina Laras", "placementDate", "2026-11-27",
                "placementLetterNumber", "460/301/2026", "placementNote", "Diantar petugas dan Satpol PP");
    }

    // ---- what the case file says

    private CaseRecord caseFile(ProcessInstance instance) {
        return cases.findByProcessInstanceId(instance.getId()).orElseThrow();
    }

    private String number(ProcessInstance instance) {
        return caseFile(instance).registrationNumber();
    }

    private id.slrt.caseengine.casefile.PersonData subject(ProcessInstance instance) {
        return person(instance, PersonRole.SUBJECT).data();
    }

    private CasePerson person(ProcessInstance instance, PersonRole role) {
        return people.findByCase(caseFile(instance).id()).stream().filter(p -> p.role() == role).reduce((a, b) -> b)
                .orElseThrow();
    }

    private List<String> eventTypes(ProcessInstance instance) {
        return events.findByCase(caseFile(instance).id()).stream().map(CaseEvent::type).toList();
    }

    private List<String> outbox(ProcessInstance instance) {
        return jdbc.sql("select body from slrt.notification_outbox where case_id = ? order by id")
                .param(caseFile(instance).id()).query(String.class).list();
    }

}
