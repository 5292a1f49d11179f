package id.slrt.caseengine.abh;

import static id.slrt.caseengine.support.ProcessTests.at;
import static id.slrt.caseengine.support.ProcessTests.fireDueTimers;
import static id.slrt.caseengine.support.ProcessTests.submitStartForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;

import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.casefile.CaseRecord;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.intake.Sex;
import id.slrt.caseengine.security.region.RegionTenants;
import id.slrt.caseengine.support.CoversEveryPath;
import id.slrt.caseengine.support.IntegrationTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The story of a child in conflict with the law (ABH, UU SPPA 11/2012): the investigator asks for a social
 * report, the supervisor assigns a caseworker, the report is due 3x24 hours after the request, and diversion is
 * attempted at each stage until an agreement or a verdict; then reintegration, monitoring and closure. A supervisor
 * approves the report before it goes to the investigator, and can hand the case to another caseworker. Every path
 * of {@code abh-assistance.bpmn}, timers included.
 */
@IntegrationTest
@CoversEveryPath("abh-assistance")
@ExtendWith(OutputCaptureExtension.class)
class AbhAssistanceProcessTest {

    static final ZoneOffset WIB = ZoneOffset.ofHours(7);
    /** Thursday 26 November 2026, 09:00 WIB: the investigator's request is registered. */
    static final OffsetDateTime REQUESTED = OffsetDateTime.of(2026, 11, 26, 9, 0, 0, 0, WIB);
    static final String CHILD = "Budi Santoso";
    static final String REQUEST = "Surat B/123/XI/2026/Reskrim Polres Mojokerto, Pasal 363 KUHP";
    static final String SECOND_CASEWORKER = "peksosb";

    @Autowired
    ProcessEngine engine;
    @Autowired
    IntakeService intake;
    @Autowired
    CaseFileRepository cases;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    id.slrt.caseengine.platform.Encryption encryption;
    @Autowired
    id.slrt.caseengine.letters.LetterService letterService;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        at(REQUESTED);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
    }

    // ------------------------------------------------------------------------------------------------- stories

    @Test
    void aDiversionAgreedAtTheInvestigationEndsInTheAgreementReintegrationAtHomeAndMonitoring(CapturedOutput output) {
        ProcessInstance abh = open("3516");
        CaseRecord registered = caseFile(abh);

        assertThat(abh).hasPassed("RegisterCase", "ProtectChildIdentity", "AcknowledgeInvestigator")
                .isWaitingAt("AssignCaseworker");
        Task assignment = task(abh, "AssignCaseworker");
        assertThat(assignment.getAssignee()).isNull();
        assertThat(candidateGroups(assignment)).containsExactly("supervisor");
        assertThat(assignment.getDueDate()).isEqualTo(date(REQUESTED.plusHours(6)));
        // The child's name and the case content stay in the case file; the process knows the initials only.
        assertThat(abh).variables().containsEntry("subjectName", "B.S.").containsEntry("description", "(dirahasiakan)")
                .containsEntry("socialReportDue", "2026-11-29T09:00:00+07:00")
                .containsEntry("socialReportDueText", "Minggu, 29 November 2026 pukul 09.00 WIB");
        assertThat(historicValues(abh)).contains("B.S.", "(dirahasiakan)")
                .noneMatch(v -> v.contains("Budi") || v.contains("Pasal 363"));
        assertThat(registered.description()).isEqualTo(REQUEST);
        assertThat(outbox(registered.id())).containsExactly("Permintaan laporan sosial telah diterima Dinas Sosial "
                + "dengan nomor " + registered.registrationNumber() + ". Laporan sosial pekerja sosial profesional "
                + "diserahkan paling lambat Minggu, 29 November 2026 pukul 09.00 WIB (3x24 jam).");

        at(REQUESTED.plusHours(1));
        complete(abh, "AssignCaseworker", Map.of("assignedCaseworker", "peksos", "investigationStartedOn", "2026-11-25",
                "assignmentNote", "Peksos piket"));

        assertThat(abh).hasPassed("CheckCaseworker", "RecordAssignment").isWaitingAt("AssessChild");
        Task assessment = task(abh, "AssessChild");
        assertThat(assessment.getAssignee()).isEqualTo("peksos");
        assertThat(candidateGroups(assessment)).containsExactly("supervisor");
        assertThat(assessment.getDueDate()).isEqualTo(date(REQUESTED.plusHours(72)));
        assertThat(caseFile(abh).status()).isEqualTo("ASSESSMENT");
        assertThat(assignee(abh)).isEqualTo("peksos");

        // A day later: the report is still due 72 hours after the request, not after the task started.
        at(REQUESTED.plusHours(25));
        complete(abh, "AssessChild", assessment("UNDER_SEVEN_YEARS", "NO"));
        assertThat(abh).hasPassed("DecideDiversionEligibility").isWaitingAt("WriteSocialReport")
                .variables().containsEntry("diversionEligibility", "ELIGIBLE");
        Task report = task(abh, "WriteSocialReport");
        assertThat(report.getAssignee()).isEqualTo("peksos");
        assertThat(report.getDueDate()).isEqualTo(date(REQUESTED.plusHours(72)));
        assertThat(caseFile(abh).status()).isEqualTo("IN_PROGRESS");

        at(REQUESTED.plusHours(50));
        complete(abh, "WriteSocialReport", socialReport("DIVERSION"));

        // The report does not leave the office before a supervisor approved it, within the same 3x24 hours.
        assertThat(abh).hasNotPassed("RecordReportDelivered").isWaitingAt("ApproveSocialReport");
        Task approvalOfReport = task(abh, "ApproveSocialReport");
        assertThat(approvalOfReport.getAssignee()).isNull();
        assertThat(candidateGroups(approvalOfReport)).containsExactly("supervisor");
        assertThat(approvalOfReport.getDueDate()).isEqualTo(date(REQUESTED.plusHours(72)));
        assertThat(caseFile(abh).status()).isEqualTo("AWAITING_APPROVAL");
        assertThat(outbox(registered.id())).hasSize(1);

        // Approving needs no note (the note field is shown, and required, only for a return).
        at(REQUESTED.plusHours(52));
        complete(abh, "ApproveSocialReport", Map.of("socialReportDecision", "APPROVE"));

        assertThat(abh).hasPassed("SocialReportApproved", "SocialReportReady", "IssueSocialReportLetter",
                "RecordReportDelivered", "NotifyReportDelivered").hasNotPassed("RecordSocialReportReturned")
                .isWaitingAt("OfferDiversion");
        // The laporan sosial for the investigator: a numbered letter from the case file, dated the day it was approved.
        Map<String, Object> letter = jdbc.sql("select id, letter_type, letter_number from slrt.letter where case_id = ?")
                .param(registered.id()).query().singleRow();
        assertThat(letter.get("letter_type")).isEqualTo("laporan-sosial-abh");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                letterService.pdf(((Number) letter.get("id")).longValue()))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("LAPORAN SOSIAL", (String) letter.get("letter_number"), "28 November 2026",
                            "Nomor 11 Tahun 2012", caseFile(abh).registrationNumber());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(eventDetail(registered.id(), "SOCIAL_REPORT_DELIVERED", "sentAt"))
                .containsExactly("2026-11-28T13:00+07:00");
        assertThat(outbox(registered.id())).last().asString()
                .contains("telah disetujui dan diserahkan kepada penyidik pada Sabtu, 28 November 2026 pukul 13.00 WIB");
        Task offer = task(abh, "OfferDiversion");
        assertThat(offer.getName()).isEqualTo("Upaya diversi tahap penyidikan");
        assertThat(offer.getAssignee()).isEqualTo("peksos");
        // Seven days after the investigation started on 25 November: until the end of 2 December.
        assertThat(offer.getDueDate()).isEqualTo(date(OffsetDateTime.of(2026, 12, 3, 0, 0, 0, 0, WIB)));
        assertThat(caseFile(abh).status()).isEqualTo("DIVERSION");
        assertThat(outbox(registered.id())).last().asString().contains("nomor laporan LS-017/DINSOS/XI/2026");

        OffsetDateTime deliberation = OffsetDateTime.of(2026, 11, 30, 10, 0, 0, 0, WIB);
        at(deliberation);
        complete(abh, "OfferDiversion", Map.of("diversionOffer", "STARTED"));
        assertThat(abh).isWaitingAt("RunDiversion");
        assertThat(task(abh, "RunDiversion").getDueDate()).isEqualTo(date(deliberation.plusDays(30)));

        at(deliberation.plusDays(12));
        complete(abh, "RunDiversion", Map.of("diversionResult", "AGREED", "diversionNote", "Musyawarah di Polres"));
        assertThat(abh).hasPassed("DecideNextStep", "RecordDiversionOutcome").isWaitingAt("RecordDiversionAgreement");

        complete(abh, "RecordDiversionAgreement", agreement("RETURN_TO_PARENTS"));
        assertThat(abh).hasPassed("RecordAgreementEvent", "DecideFollowUp").isWaitingAt("ReturnToFamily");
        assertThat(caseFile(abh).status()).isEqualTo("REINTEGRATION");

        complete(abh, "ReturnToFamily", Map.of("handoverRecordNumber", "BA-201/DINSOS/XII/2026", "handoverDate", "2026-12-14"));
        assertThat(abh).isWaitingAt("MonitoringVisit");
        assertThat(caseFile(abh).status()).isEqualTo("MONITORING");
        complete(abh, "MonitoringVisit", visit("CONTINUE"));
        complete(abh, "MonitoringVisit", visit("COMPLETE"));
        assertThat(abh).isWaitingAt("ApproveClosure");
        Task approval = task(abh, "ApproveClosure");
        assertThat(approval.getAssignee()).isNull();
        assertThat(candidateGroups(approval)).containsExactly("supervisor");
        complete(abh, "ApproveClosure", Map.of("closureDecision", "CONTINUE_MONITORING",
                "closureNote", "Satu kunjungan lagi setelah anak kembali sekolah"));
        complete(abh, "MonitoringVisit", visit("COMPLETE"));
        complete(abh, "ApproveClosure", Map.of("closureDecision", "APPROVE", "closureNote", "Reintegrasi berhasil"));

        assertThat(abh).hasPassed("CloseCase", "CaseClosed").isEnded();
        CaseRecord closed = caseFile(abh);
        assertThat(closed.status()).isEqualTo("CLOSED");
        assertThat(closed.outcome()).isEqualTo("DIVERSION_AGREED");
        assertThat(events(closed.id())).contains("CASEWORKER_ASSIGNED", "SOCIAL_REPORT_DELIVERED", "DIVERSION_OUTCOME",
                "DIVERSION_AGREED", "CASE_CLOSED")
                .doesNotContain("SLA_AT_RISK", "SLA_BREACHED", "SOCIAL_REPORT_RETURNED", "CASE_REASSIGNED");
        assertThat(eventDetail(closed.id(), "DIVERSION_OUTCOME", "stage")).containsExactly("INVESTIGATION");
        // No satisfaction survey for the investigator about a child's case.
        assertThat(jdbc.sql("select count(*) from slrt.survey_invitation where case_id = ?").param(closed.id())
                .query(Integer.class).single()).isZero();
        assertThat(historicValues(abh)).noneMatch(v -> v.contains("Budi") || v.contains("Pasal 363"));
        assertThat(output.getOut() + output.getErr()).doesNotContain(CHILD, "Pasal 363", "Andi Wijaya");
    }

    @Test
    void aDiversionFailedAtTheInvestigationIsAgreedAtTheProsecutionWithAnLpksProgramme() {
        ProcessInstance abh = atOfferDiversion(open("3516"), "UNDER_SEVEN_YEARS");
        complete(abh, "OfferDiversion", Map.of("diversionOffer", "STARTED"));
        complete(abh, "RunDiversion", Map.of("diversionResult", "FAILED"));

        assertThat(abh).hasPassed("DecideNextStep").isWaitingAt("RecordStageStart");
        assertThat(task(abh, "RecordStageStart").getName()).isEqualTo("Catat pelimpahan perkara ke tahap penuntutan");
        assertThat(task(abh, "RecordStageStart").getAssignee()).isEqualTo("peksos");

        at(OffsetDateTime.of(2026, 12, 10, 9, 0, 0, 0, WIB));
        complete(abh, "RecordStageStart", Map.of("stageStartedOn", "2026-12-09"));
        assertThat(abh).isWaitingAt("OfferDiversion").variables().containsEntry("stage", "PROSECUTION");
        Task offer = task(abh, "OfferDiversion");
        assertThat(offer.getName()).isEqualTo("Upaya diversi tahap penuntutan");
        // The prosecutor received the file on 9 December: diversion until the end of 16 December.
        assertThat(offer.getDueDate()).isEqualTo(date(OffsetDateTime.of(2026, 12, 17, 0, 0, 0, 0, WIB)));

        complete(abh, "OfferDiversion", Map.of("diversionOffer", "STARTED"));
        complete(abh, "RunDiversion", Map.of("diversionResult", "AGREED"));
        complete(abh, "RecordDiversionAgreement", agreement("LPKS_PROGRAMME"));

        assertThat(abh).hasPassed("ReferToLpks").isWaitingAt("PlaceInLpks")
                .variables().containsEntry("referralAgencyName", "Lembaga Penyelenggaraan Kesejahteraan Sosial");
        complete(abh, "PlaceInLpks", Map.of("lpksName", "LPKS Bina Remaja Mojokerto",
                "handoverRecordNumber", "BA-077/LPKS/XII/2026", "placementUntil", "2027-03-10"));
        assertThat(abh).hasPassed("RecordLpksPlacement").isWaitingAt("MonitoringVisit");
        complete(abh, "MonitoringVisit", visit("COMPLETE"));
        complete(abh, "ApproveClosure", Map.of("closureDecision", "APPROVE", "closureNote", "Program LPKS selesai"));

        assertThat(abh).hasNotPassed("ReturnToFamily", "AccompanyHearing").isEnded();
        CaseRecord closed = caseFile(abh);
        assertThat(closed.outcome()).isEqualTo("DIVERSION_AGREED");
        assertThat(eventDetail(closed.id(), "DIVERSION_OUTCOME", "stage")).containsExactly("INVESTIGATION", "PROSECUTION");
        assertThat(eventDetail(closed.id(), "DIVERSION_OUTCOME", "result")).containsExactly("FAILED", "AGREED");
        assertThat(referral(closed.id())).containsEntry("agency_code", "LPKS").containsEntry("consent", "GIVEN")
                .containsEntry("outcome", "SUCCESSFUL");
    }

    @Test
    void whenDiversionFailsAtEveryStageTheCaseworkerAccompaniesTheHearingsAndTheCourtReturnsTheChildToTheParents() {
        ProcessInstance abh = atOfferDiversion(open("3516"), "SEVEN_YEARS_OR_MORE");
        assertThat(abh).variables().containsEntry("diversionEligibility", "NOT_ELIGIBLE");
        complete(abh, "OfferDiversion", Map.of("diversionOffer", "NOT_ELIGIBLE"));
        assertThat(abh).hasNotPassed("RunDiversion").isWaitingAt("RecordStageStart");
        complete(abh, "RecordStageStart", Map.of("stageStartedOn", "2026-11-26"));

        complete(abh, "OfferDiversion", Map.of("diversionOffer", "REFUSED"));
        assertThat(task(abh, "RecordStageStart").getName()).isEqualTo("Catat pelimpahan perkara ke tahap pemeriksaan di pengadilan");
        // The date of the previous stage does not count for this one: the form asks again.
        String handover = task(abh, "RecordStageStart").getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(handover, Map.of()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("wajib diisi");
        complete(abh, "RecordStageStart", Map.of("stageStartedOn", "2026-11-26"));
        assertThat(abh).variables().containsEntry("stage", "COURT");

        complete(abh, "OfferDiversion", Map.of("diversionOffer", "STARTED"));
        complete(abh, "RunDiversion", Map.of("diversionResult", "FAILED"));
        assertThat(abh).isWaitingAt("AccompanyHearing");
        assertThat(caseFile(abh).status()).isEqualTo("COURT_HEARING");
        complete(abh, "AccompanyHearing", Map.of("hearingDate", "2026-11-26", "hearingResult", "ADJOURNED"));
        assertThat(abh).isWaitingAt("AccompanyHearing");
        complete(abh, "AccompanyHearing", Map.of("hearingDate", "2026-11-26", "hearingResult", "VERDICT_RETURN_TO_PARENTS",
                "verdictNumber", "5/Pid.Sus-Anak/2026/PN Mjk"));

        assertThat(abh).hasPassed("RecordVerdict", "DecideFollowUp").isWaitingAt("ReturnToFamily");
        complete(abh, "ReturnToFamily", Map.of("handoverRecordNumber", "BA-300/DINSOS/XII/2026", "handoverDate", "2026-11-26"));
        complete(abh, "MonitoringVisit", visit("COMPLETE"));
        complete(abh, "ApproveClosure", Map.of("closureDecision", "APPROVE", "closureNote", "Selesai"));

        assertThat(abh).hasNotPassed("RecordDiversionAgreement").isEnded();
        CaseRecord closed = caseFile(abh);
        assertThat(closed.outcome()).isEqualTo("RETURNED_TO_PARENTS");
        assertThat(eventDetail(closed.id(), "DIVERSION_OUTCOME", "stage")).containsExactly("INVESTIGATION", "PROSECUTION", "COURT");
        assertThat(eventDetail(closed.id(), "DIVERSION_OUTCOME", "offer")).containsExactly("NOT_ELIGIBLE", "REFUSED", "STARTED");
        assertThat(eventDetail(closed.id(), "COURT_VERDICT", "verdictNumber")).containsExactly("5/Pid.Sus-Anak/2026/PN Mjk");
    }

    @Test
    void aCourtOrderPlacesTheChildInAnLpksWithoutTheFamilysConsent() {
        ProcessInstance abh = atTrial(open("3516"));
        complete(abh, "AccompanyHearing", Map.of("hearingDate", "2026-11-26", "hearingResult", "VERDICT_LPKS"));

        assertThat(abh).hasPassed("ReferToLpks").isWaitingAt("PlaceInLpks");
        complete(abh, "PlaceInLpks", Map.of("lpksName", "LPKS Bina Remaja Mojokerto", "handoverRecordNumber", "BA-078/LPKS/XII/2026"));
        complete(abh, "MonitoringVisit", visit("COMPLETE"));
        complete(abh, "ApproveClosure", Map.of("closureDecision", "APPROVE", "closureNote", "Masa perawatan selesai"));

        assertThat(abh).isEnded();
        CaseRecord closed = caseFile(abh);
        assertThat(closed.outcome()).isEqualTo("LPKS_PLACEMENT");
        assertThat(referral(closed.id())).containsEntry("consent", "OVERRIDDEN")
                .containsEntry("consent_override_reason", "Penempatan di LPKS berdasarkan putusan pengadilan (UU SPPA Pasal 82)");
    }

    @Test
    void aSentenceHandsTheChildToBapasAndTheSupervisorClosesTheCase() {
        ProcessInstance abh = atTrial(open("3516"));
        complete(abh, "AccompanyHearing", Map.of("hearingDate", "2026-11-26", "hearingResult", "VERDICT_SENTENCE"));

        assertThat(abh).isWaitingAt("ApproveClosure");
        assertThat(caseFile(abh).status()).isEqualTo("AWAITING_APPROVAL");
        complete(abh, "ApproveClosure", Map.of("closureDecision", "APPROVE", "closureNote", "Pembimbingan oleh Bapas"));

        assertThat(abh).hasNotPassed("ReturnToFamily", "PlaceInLpks", "MonitoringVisit").isEnded();
        assertThat(caseFile(abh).outcome()).isEqualTo("CHILD_SENTENCED");
    }

    /**
     * The social report nobody writes: 54 hours (75 % of 3x24) after the request the caseworker is reminded, 72 hours
     * after the request the breach is recorded and the supervisor gets an escalation task, while the caseworker's
     * task goes on.
     */
    @Test
    void aSocialReportNotWrittenIsFlaggedAt54HoursAndEscalatedToTheSupervisor3x24HoursAfterTheRequest() {
        ProcessInstance abh = open("3516");
        long caseId = caseFile(abh).id();
        at(REQUESTED.plusHours(2));
        complete(abh, "AssignCaseworker", assignment("peksos"));
        at(REQUESTED.plusHours(20));
        complete(abh, "AssessChild", assessment("UNDER_SEVEN_YEARS", "NO"));
        assertThat(abh).isWaitingAt("WriteSocialReport");
        assertThat(clock(caseId, "WriteSocialReport", "due_at")).isEqualTo("2026-11-29T02:00Z");

        // Saturday 28 November, 15:00 WIB: 54 of the 72 hours have passed (calendar hours, the weekend counts).
        at(OffsetDateTime.of(2026, 11, 28, 15, 1, 0, 0, WIB));
        fireDueTimers(engine, abh);
        assertThat(abh).hasPassed("SocialReportFlagAtRisk", "SocialReportAtRiskFlagged").isWaitingAt("WriteSocialReport");
        Task report = task(abh, "WriteSocialReport");
        assertThat(report.getPriority()).isEqualTo(80);
        assertThat(engine.getTaskService().getTaskComments(report.getId())).singleElement()
                .satisfies(c -> assertThat(c.getFullMessage()).startsWith("peksos:").contains("hampir habis"));
        assertThat(clock(caseId, "WriteSocialReport", "at_risk_at")).isEqualTo("2026-11-28T08:01Z");
        assertThat(events(caseId)).contains("SLA_AT_RISK").doesNotContain("SLA_BREACHED");

        // Sunday 29 November, 09:05 WIB: five minutes past 3x24 hours.
        at(OffsetDateTime.of(2026, 11, 29, 9, 5, 0, 0, WIB));
        fireDueTimers(engine, abh);
        assertThat(abh).hasPassed("SocialReportRecordBreach").isWaitingAt("WriteSocialReport", "SocialReportEscalate");
        Task escalation = task(abh, "SocialReportEscalate");
        assertThat(escalation.getName()).isEqualTo("Eskalasi: laporan sosial melewati 3x24 jam");
        assertThat(escalation.getAssignee()).isNull();
        assertThat(candidateGroups(escalation)).containsExactly("supervisor");
        assertThat(escalation.getDueDate()).isEqualTo(date(OffsetDateTime.of(2026, 11, 30, 9, 5, 0, 0, WIB)));
        assertThat(task(abh, "WriteSocialReport").getAssignee()).as("the caseworker's task is still open").isEqualTo("peksos");
        assertThat(clock(caseId, "WriteSocialReport", "breached_at")).isEqualTo("2026-11-29T02:05Z");
        assertThat(events(caseId)).contains("SLA_AT_RISK", "SLA_BREACHED");
        assertThat(engine.getRuntimeService().getVariable(abh.getId(), "escalatedTaskAssignee")).isEqualTo("peksos");

        complete(abh, "SocialReportEscalate", Map.of("escalationAction", "FOLLOWED_UP",
                "escalationNote", "Peksos dihubungi, laporan diserahkan pagi ini"));
        assertThat(abh).hasPassed("SocialReportEscalationHandled").isWaitingAt("WriteSocialReport");
        complete(abh, "WriteSocialReport", socialReport("DIVERSION"));
        assertThat(clock(caseId, "WriteSocialReport", "completed_at")).isEqualTo("2026-11-29T02:05Z");
        // The report's timers fired once, on the subprocess: the late approval is not escalated a second time.
        assertThat(abh).isWaitingAt("ApproveSocialReport");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(abh.getId()).timers()
                .executable().count()).isZero();
        complete(abh, "ApproveSocialReport", Map.of("socialReportDecision", "APPROVE"));
        assertThat(abh).isWaitingAt("OfferDiversion");
        assertThat(events(caseId)).filteredOn("SLA_BREACHED"::equals).hasSize(1);
    }

    @Test
    void anAssessmentNotDoneIsEscalatedOnTheReportDeadlineAndALateReportEscalatesAtOnce() {
        ProcessInstance abh = open("3516");
        long caseId = caseFile(abh).id();
        complete(abh, "AssignCaseworker", assignment("peksos"));

        at(OffsetDateTime.of(2026, 11, 28, 15, 1, 0, 0, WIB));
        fireDueTimers(engine, abh);
        assertThat(abh).hasPassed("AssessChildFlagAtRisk", "AssessChildAtRiskFlagged").isWaitingAt("AssessChild");
        assertThat(task(abh, "AssessChild").getPriority()).isEqualTo(80);

        at(OffsetDateTime.of(2026, 11, 29, 9, 1, 0, 0, WIB));
        fireDueTimers(engine, abh);
        assertThat(abh).hasPassed("AssessChildRecordBreach").isWaitingAt("AssessChild", "AssessChildEscalate");
        assertThat(clock(caseId, "AssessChild", "breached_at")).isEqualTo("2026-11-29T02:01Z");
        complete(abh, "AssessChildEscalate", Map.of("escalationAction", "REASSIGNED", "escalationNote", "Peksos cadangan"));
        assertThat(abh).hasPassed("AssessChildEscalationHandled");

        // The report starts after the deadline fixed at registration: both of its timers are already due.
        at(OffsetDateTime.of(2026, 11, 29, 10, 0, 0, 0, WIB));
        complete(abh, "AssessChild", assessment("UNDER_SEVEN_YEARS", "NO"));
        assertThat(task(abh, "WriteSocialReport").getDueDate()).isEqualTo(date(REQUESTED.plusHours(72)));
        fireDueTimers(engine, abh);
        assertThat(abh).hasPassed("SocialReportFlagAtRisk", "SocialReportRecordBreach")
                .isWaitingAt("WriteSocialReport", "SocialReportEscalate");
        assertThat(events(caseId)).filteredOn("SLA_BREACHED"::equals).hasSize(2);
    }

    @Test
    void aDiversionNotAttemptedWithinSevenDaysAndOneLongerThanThirtyDaysAreEscalated() {
        ProcessInstance abh = atOfferDiversion(open("3516"), "UNDER_SEVEN_YEARS");
        long caseId = caseFile(abh).id();

        // Investigation started 25 November: 7 days end on 3 December 00:00; 75 % of them on 1 December 06:00.
        at(OffsetDateTime.of(2026, 12, 1, 6, 1, 0, 0, WIB));
        fireDueTimers(engine, abh);
        assertThat(abh).hasPassed("OfferDiversionFlagAtRisk", "OfferDiversionAtRiskFlagged").isWaitingAt("OfferDiversion");
        at(OffsetDateTime.of(2026, 12, 3, 0, 1, 0, 0, WIB));
        fireDueTimers(engine, abh);
        assertThat(abh).hasPassed("OfferDiversionRecordBreach").isWaitingAt("OfferDiversion", "OfferDiversionEscalate");
        assertThat(task(abh, "OfferDiversionEscalate").getName()).isEqualTo("Eskalasi: upaya diversi tahap penyidikan melewati 7 hari");
        assertThat(clock(caseId, "OfferDiversion", "breached_at")).isEqualTo("2026-12-02T17:01Z");
        complete(abh, "OfferDiversionEscalate", Map.of("escalationAction", "JUSTIFIED", "escalationNote", "Penyidik menunda musyawarah"));
        assertThat(abh).hasPassed("OfferDiversionEscalationHandled");

        OffsetDateTime started = OffsetDateTime.of(2026, 12, 3, 8, 0, 0, 0, WIB);
        at(started);
        complete(abh, "OfferDiversion", Map.of("diversionOffer", "STARTED"));
        // 30 days of diversion end on 2 January 2027 08:00; at risk after 22.5 days.
        at(started.plusHours(540).plusMinutes(1));
        fireDueTimers(engine, abh);
        assertThat(abh).hasPassed("RunDiversionFlagAtRisk", "RunDiversionAtRiskFlagged").isWaitingAt("RunDiversion");
        at(started.plusDays(30).plusMinutes(1));
        fireDueTimers(engine, abh);
        assertThat(abh).hasPassed("RunDiversionRecordBreach").isWaitingAt("RunDiversion", "RunDiversionEscalate");
        assertThat(clock(caseId, "RunDiversion", "breached_at")).isEqualTo("2027-01-02T01:01Z");
        complete(abh, "RunDiversionEscalate", Map.of("escalationAction", "FOLLOWED_UP", "escalationNote", "Hasil diversi diminta"));
        assertThat(abh).hasPassed("RunDiversionEscalationHandled").isWaitingAt("RunDiversion");
        assertThat(events(caseId)).filteredOn("SLA_BREACHED"::equals).hasSize(2);
    }

    /**
     * The supervisor returns the report once with a note; the caseworker sees the note, corrects the report, and the
     * second version is approved and sent, all within the 3x24 hours.
     */
    @Test
    void aSocialReportReturnedByTheSupervisorGoesBackToTheCaseworkerWithTheNoteAndIsSentOnceApproved() {
        ProcessInstance abh = open("3516");
        long caseId = caseFile(abh).id();
        complete(abh, "AssignCaseworker", assignment("peksos"));
        complete(abh, "AssessChild", assessment("UNDER_SEVEN_YEARS", "NO"));
        at(REQUESTED.plusHours(30));
        complete(abh, "WriteSocialReport", socialReport("LPKS"));

        // Returning needs the note: refused without one, and nothing moves.
        String approval = task(abh, "ApproveSocialReport").getId();
        assertThat(refusal(() -> engine.getTaskService().complete(approval, Map.of("socialReportDecision", "RETURN"))))
                .hasMessageContaining("Catatan untuk pekerja sosial: apa yang harus diperbaiki wajib diisi");
        assertThat(abh).isWaitingAt("ApproveSocialReport");

        at(REQUESTED.plusHours(32));
        String note = "Rekomendasi LPKS belum didukung hasil asesmen keluarga; lengkapi bagian keluarga";
        complete(abh, "ApproveSocialReport", Map.of("socialReportDecision", "RETURN", "socialReportReturnNote", note));

        assertThat(abh).hasPassed("RecordSocialReportReturned", "JoinSocialReport").hasNotPassed("RecordReportDelivered")
                .isWaitingAt("WriteSocialReport");
        Task rewrite = task(abh, "WriteSocialReport");
        assertThat(rewrite.getAssignee()).isEqualTo("peksos");
        assertThat(rewrite.getDueDate()).as("still the deadline fixed at registration").isEqualTo(date(REQUESTED.plusHours(72)));
        // The report form shows the supervisor's note (read-only, visible while the decision is RETURN).
        assertThat(engine.getTaskService().getVariables(rewrite.getId()))
                .containsEntry("socialReportDecision", "RETURN").containsEntry("socialReportReturnNote", note);
        assertThat(caseFile(abh).status()).isEqualTo("IN_PROGRESS");
        assertThat(eventDetail(caseId, "SOCIAL_REPORT_RETURNED", "note")).containsExactly(note);
        assertThat(outbox(caseId)).hasSize(1);

        at(REQUESTED.plusHours(40));
        complete(abh, "WriteSocialReport", socialReport("DIVERSION"));
        assertThat(abh).isWaitingAt("ApproveSocialReport");
        // The supervisor decides afresh on the corrected report.
        assertThat(engine.getTaskService().getVariables(task(abh, "ApproveSocialReport").getId()))
                .containsEntry("socialReportDecision", null).containsEntry("socialReportReturnNote", null);

        at(REQUESTED.plusHours(41));
        complete(abh, "ApproveSocialReport", Map.of("socialReportDecision", "APPROVE"));
        assertThat(abh).hasPassed("RecordReportDelivered", "NotifyReportDelivered").isWaitingAt("OfferDiversion");
        assertThat(events(caseId)).containsSubsequence("SOCIAL_REPORT_RETURNED", "SOCIAL_REPORT_DELIVERED")
                .doesNotContain("SLA_AT_RISK", "SLA_BREACHED");
        assertThat(eventDetail(caseId, "SOCIAL_REPORT_DELIVERED", "recommendation")).containsExactly("DIVERSION");
        assertThat(eventDetail(caseId, "SOCIAL_REPORT_DELIVERED", "sentAt")).containsExactly("2026-11-28T02:00+07:00");
        assertThat(outbox(caseId)).hasSize(2).last().asString().contains("pukul 02.00 WIB");
    }

    /**
     * The caseworker finished the report in time, but it still waits for the supervisor's approval: the report's
     * timers sit on the write-approve pair, so the approval is flagged at 54 hours and escalated at 72.
     */
    @Test
    void aSocialReportAwaitingApprovalIsFlaggedAndEscalatedOnTheReportDeadline() {
        ProcessInstance abh = open("3516");
        long caseId = caseFile(abh).id();
        complete(abh, "AssignCaseworker", assignment("peksos"));
        complete(abh, "AssessChild", assessment("UNDER_SEVEN_YEARS", "NO"));
        at(REQUESTED.plusHours(50));
        complete(abh, "WriteSocialReport", socialReport("DIVERSION"));
        assertThat(abh).isWaitingAt("ApproveSocialReport");

        at(OffsetDateTime.of(2026, 11, 28, 15, 1, 0, 0, WIB));
        fireDueTimers(engine, abh);
        assertThat(abh).hasPassed("SocialReportFlagAtRisk").isWaitingAt("ApproveSocialReport");
        Task approval = task(abh, "ApproveSocialReport");
        assertThat(approval.getPriority()).isEqualTo(80);
        assertThat(engine.getTaskService().getTaskComments(approval.getId())).singleElement()
                .satisfies(c -> assertThat(c.getFullMessage()).contains("Setujui laporan sosial").contains("hampir habis"));
        assertThat(clock(caseId, "ApproveSocialReport", "at_risk_at")).isEqualTo("2026-11-28T08:01Z");
        assertThat(clock(caseId, "WriteSocialReport", "at_risk_at")).as("the written report was in time").isNull();

        at(OffsetDateTime.of(2026, 11, 29, 9, 1, 0, 0, WIB));
        fireDueTimers(engine, abh);
        assertThat(abh).hasPassed("SocialReportRecordBreach").isWaitingAt("ApproveSocialReport", "SocialReportEscalate");
        assertThat(clock(caseId, "ApproveSocialReport", "breached_at")).isEqualTo("2026-11-29T02:01Z");
        assertThat(engine.getRuntimeService().getVariable(abh.getId(), "escalatedTaskName"))
                .isEqualTo("Setujui laporan sosial sebelum diserahkan kepada penyidik");
        assertThat(engine.getRuntimeService().getVariable(abh.getId(), "escalatedTaskAssignee")).isEqualTo("-");

        complete(abh, "ApproveSocialReport", Map.of("socialReportDecision", "APPROVE"));
        assertThat(abh).hasPassed("RecordReportDelivered").isWaitingAt("OfferDiversion", "SocialReportEscalate");
        complete(abh, "SocialReportEscalate", Map.of("escalationAction", "JUSTIFIED",
                "escalationNote", "Supervisor dinas luar; laporan diserahkan 09.01"));
        assertThat(abh).hasPassed("SocialReportEscalationHandled").isWaitingAt("OfferDiversion");
        assertThat(events(caseId)).filteredOn("SLA_BREACHED"::equals).hasSize(1);
    }

    /**
     * In Tasklist the supervisor reassigns the caseworker's task to another caseworker of the region: the case is
     * handed over, so the later tasks go to the new caseworker. A supervisor taking a task for themselves takes
     * that task only; a user who is not a caseworker of the region cannot be given the child's case.
     */
    @Test
    void aSupervisorsReassignmentInTasklistHandsTheCaseOverSoTheLaterTasksFollow(CapturedOutput output) {
        caseworker(SECOND_CASEWORKER, "3516");
        ProcessInstance abh = open("3516");
        long caseId = caseFile(abh).id();
        complete(abh, "AssignCaseworker", assignment("peksos"));
        String assessment = task(abh, "AssessChild").getId();

        asSupervisor(() -> engine.getTaskService().setAssignee(assessment, SECOND_CASEWORKER));

        assertThat(abh).variables().containsEntry("assignedCaseworker", SECOND_CASEWORKER);
        assertThat(assignee(abh)).isEqualTo(SECOND_CASEWORKER);
        assertThat(events(caseId)).containsOnlyOnce("CASE_REASSIGNED");
        assertThat(eventDetail(caseId, "CASE_REASSIGNED", "from")).containsExactly("peksos");
        assertThat(eventDetail(caseId, "CASE_REASSIGNED", "to")).containsExactly(SECOND_CASEWORKER);
        complete(abh, "AssessChild", assessment("UNDER_SEVEN_YEARS", "NO"));
        assertThat(task(abh, "WriteSocialReport").getAssignee()).isEqualTo(SECOND_CASEWORKER);

        // The supervisor takes the report task for themselves: only this task, the case stays with the caseworker.
        String report = task(abh, "WriteSocialReport").getId();
        asSupervisor(() -> engine.getTaskService().setAssignee(report, "supervisor"));
        assertThat(task(abh, "WriteSocialReport").getAssignee()).isEqualTo("supervisor");
        assertThat(abh).variables().containsEntry("assignedCaseworker", SECOND_CASEWORKER);
        // Nor does giving the task back (no assignee) change the case's caseworker.
        asSupervisor(() -> engine.getTaskService().setAssignee(report, null));
        assertThat(abh).variables().containsEntry("assignedCaseworker", SECOND_CASEWORKER);

        // Not a caseworker: refused, nothing changes.
        assertThat(refusal(() -> asSupervisor(() -> engine.getTaskService().setAssignee(report, "operator"))))
                .hasMessage("Petugas 'operator' tidak dapat ditunjuk: bukan anggota kelompok Pekerja Sosial (caseworker)");
        assertThat(task(abh, "WriteSocialReport").getAssignee()).isNull();
        assertThat(abh).variables().containsEntry("assignedCaseworker", SECOND_CASEWORKER);
        assertThat(events(caseId)).containsOnlyOnce("CASE_REASSIGNED");

        // Back to the first caseworker: the rest of the case follows again.
        asSupervisor(() -> engine.getTaskService().setAssignee(report, "peksos"));
        complete(abh, "WriteSocialReport", socialReport("DIVERSION"));
        complete(abh, "ApproveSocialReport", Map.of("socialReportDecision", "APPROVE"));
        assertThat(task(abh, "OfferDiversion").getAssignee()).isEqualTo("peksos");
        assertThat(eventDetail(caseId, "CASE_REASSIGNED", "to")).containsExactly(SECOND_CASEWORKER, "peksos");
        assertThat(output.getOut() + output.getErr()).doesNotContain(CHILD, "Pasal 363");
    }

    @Test
    void theSupervisorCanOnlyAssignACaseworkerOfTheCasesRegion(CapturedOutput output) {
        ProcessInstance abh = open("3516");
        String assignmentTask = task(abh, "AssignCaseworker").getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(assignmentTask, assignment("operator")))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("Petugas 'operator' tidak dapat ditunjuk: bukan anggota kelompok Pekerja Sosial (caseworker)");
        assertThatThrownBy(() -> engine.getTaskService().complete(assignmentTask, assignment("peksos2")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("tidak ada");
        assertThat(abh).isWaitingAt("AssignCaseworker");
        assertThat(events(caseFile(abh).id())).doesNotContain("CASEWORKER_ASSIGNED");

        // Demo staff do not work in Kota Surabaya.
        ProcessInstance surabaya = open("3578");
        String surabayaTask = task(surabaya, "AssignCaseworker").getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(surabayaTask, assignment("peksos")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("tidak bertugas di wilayah 3578");

        // A supervisor in Tasklist (authorization checks on) assigns a caseworker of the region.
        engine.getIdentityService().setAuthentication("supervisor", List.of("supervisor"), List.of("r3516"));
        engine.getTaskService().complete(assignmentTask, assignment("peksos"));
        engine.getIdentityService().clearAuthentication();
        assertThat(abh).isWaitingAt("AssessChild");
        // Refusals are logged by the engine; the child's data is not part of them.
        assertThat(output.getOut() + output.getErr()).doesNotContain(CHILD, "Pasal 363");
    }

    @Test
    void aStageStartInTheFutureOrAnImpossibleDateIsRefused(CapturedOutput output) {
        ProcessInstance abh = open("3516");
        String assignmentTask = task(abh, "AssignCaseworker").getId();
        Map<String, Object> tomorrow = new HashMap<>(assignment("peksos"));
        tomorrow.put("investigationStartedOn", "2026-11-27");
        assertThatThrownBy(() -> engine.getTaskService().complete(assignmentTask, tomorrow))
                .hasRootCauseInstanceOf(BadUserRequestException.class)
                .rootCause().hasMessageContaining("Tanggal mulai 2026-11-27 belum terjadi");
        // The form's date field is checked by its type on the server (form-js allows no pattern on a date field):
        // an impossible date and one in another format are refused before any step reads them.
        for (String wrong : List.of("2026-02-30", "25/11/2026")) {
            Map<String, Object> impossible = new HashMap<>(assignment("peksos"));
            impossible.put("investigationStartedOn", wrong);
            assertThatThrownBy(() -> engine.getTaskService().complete(assignmentTask, impossible))
                    .hasRootCauseInstanceOf(BadUserRequestException.class)
                    .rootCause().hasMessageContaining("Tanggal dimulainya penyidikan bukan tanggal yang valid");
        }
        assertThat(abh).isWaitingAt("AssignCaseworker");
        assertThat(output.getOut()).contains("belum terjadi").doesNotContain(CHILD, "Pasal 363");
    }

    @Test
    void theFrontOfficeRegistersTheRequestFromTheTasklistStartForm() {
        Map<String, Object> form = new HashMap<>();
        form.put("channel", "WALK_IN");
        form.put("regionCode", "3516");
        form.put("subjectName", "Rizky Pratama");
        form.put("subjectBirthDate", "2011-02-03");
        form.put("subjectSex", "M");
        form.put("subjectAddress", "Dusun Kedungsari RT 01 RW 03, Sooko");
        form.put("reporterName", "Bripka Andi Wijaya");
        form.put("reporterPhone", "081234500099");
        form.put("description", "Surat B/200/XI/2026 Polsek Sooko, Pasal 351 KUHP");
        ProcessInstance abh = submitStartForm(engine, "abh-assistance", form);

        assertThat(abh).isWaitingAt("AssignCaseworker").variables()
                .containsEntry("subjectName", "R.P.").containsEntry("description", "(dirahasiakan)")
                .doesNotContainKeys("subjectBirthDate", "subjectAddress", "reporterName", "reporterPhone");
        CaseRecord record = caseFile(abh);
        assertThat(record.serviceType()).isEqualTo("ABH_ASSISTANCE");
        assertThat(record.description()).isEqualTo("Surat B/200/XI/2026 Polsek Sooko, Pasal 351 KUHP");
        assertThat(encryption.openText(jdbc.sql("select name from slrt.case_person where id = ?")
                .param(record.subjectPersonId()).query(String.class).single())).isEqualTo("Rizky Pratama");
    }

    // ------------------------------------------------------------------------------------------------- steps

    private ProcessInstance open(String regency) {
        String number = intake.open(new CaseIntakeRequest("ABH_ASSISTANCE", Channel.WALK_IN, regency,
                new CaseIntakeRequest.Subject(null, null, CHILD, LocalDate.of(2010, 5, 14), Sex.M, "Desa Jatirejo"),
                new CaseIntakeRequest.Reporter("Bripka Andi Wijaya", "081234500099"), REQUEST), "operator")
                .registrationNumber();
        return processInstanceQuery().processInstanceBusinessKey(number).singleResult();
    }

    /** Assigned, assessed and reported on the day of the request; waiting at the investigation-stage diversion. */
    private ProcessInstance atOfferDiversion(ProcessInstance abh, String offenceThreat) {
        complete(abh, "AssignCaseworker", assignment("peksos"));
        complete(abh, "AssessChild", assessment(offenceThreat, "NO"));
        complete(abh, "WriteSocialReport", socialReport(offenceThreat.startsWith("UNDER") ? "DIVERSION" : "LPKS"));
        complete(abh, "ApproveSocialReport", Map.of("socialReportDecision", "APPROVE"));
        assertThat(abh).isWaitingAt("OfferDiversion");
        return abh;
    }

    /** No diversion possible at any stage: waiting at the first hearing. */
    private ProcessInstance atTrial(ProcessInstance abh) {
        atOfferDiversion(abh, "SEVEN_YEARS_OR_MORE");
        for (int stage = 0; stage < 2; stage++) {
            complete(abh, "OfferDiversion", Map.of("diversionOffer", "NOT_ELIGIBLE"));
            complete(abh, "RecordStageStart", Map.of("stageStartedOn", "2026-11-26"));
        }
        complete(abh, "OfferDiversion", Map.of("diversionOffer", "NOT_ELIGIBLE"));
        assertThat(abh).isWaitingAt("AccompanyHearing");
        return abh;
    }

    /** A second caseworker of the regency, for reassignments. */
    private void caseworker(String userId, String regency) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(userId).count() > 0) {
            return;
        }
        User user = identity.newUser(userId);
        user.setFirstName("Pekerja");
        user.setLastName("Sosial Cadangan");
        identity.saveUser(user);
        identity.createMembership(userId, "caseworker");
        identity.createTenantUserMembership(RegionTenants.tenantOf(regency), userId);
    }

    /** The refusal (HTTP 400 in Tasklist: a BadUserRequestException somewhere in the cause chain) of an action. */
    private static BadUserRequestException refusal(Runnable action) {
        Throwable thrown = catchThrowable(action::run);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof BadUserRequestException refused) {
                return refused;
            }
        }
        throw new AssertionError("expected a refusal, got " + thrown, thrown);
    }

    /** As the supervisor in Tasklist: authorization checks on, member of the regency's tenant. */
    private void asSupervisor(Runnable action) {
        engine.getIdentityService().setAuthentication("supervisor", List.of("supervisor"),
                List.of(RegionTenants.tenantOf("3516")));
        try {
            action.run();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private static Map<String, Object> assignment(String caseworker) {
        return Map.of("assignedCaseworker", caseworker, "investigationStartedOn", "2026-11-25");
    }

    private static Map<String, Object> assessment(String offenceThreat, String repeatOffence) {
        return Map.of("childDetained", "NO", "offenceThreat", offenceThreat, "repeatOffence", repeatOffence,
                "familyMet", "YES", "assessmentNote", "Orang tua hadir, anak bersekolah");
    }

    private static Map<String, Object> socialReport(String recommendation) {
        return Map.of("socialReportNumber", "LS-017/DINSOS/XI/2026", "socialReportRecommendation", recommendation);
    }

    private static Map<String, Object> agreement(String form) {
        return Map.of("agreementNumber", "BA-DIV/04/XII/2026", "courtDeterminationNumber", "12/Pen.Div/2026/PN Mjk",
                "agreementForm", form);
    }

    private static Map<String, Object> visit(String result) {
        return Map.of("visitDate", "2026-11-26", "visitResult", result, "visitNote", "Anak bersekolah kembali");
    }

    private void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
        engine.getTaskService().complete(task(instance, taskKey).getId(), variables);
    }

    private Task task(ProcessInstance instance, String taskKey) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as("open task %s", taskKey).isNotNull();
        return task;
    }

    private List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).toList();
    }

    private static Date date(OffsetDateTime time) {
        return Date.from(time.toInstant());
    }

    // ------------------------------------------------------------------------------------------------- case file

    private CaseRecord caseFile(ProcessInstance instance) {
        return cases.findByProcessInstanceId(instance.getId()).orElseThrow();
    }

    private String assignee(ProcessInstance instance) {
        return jdbc.sql("select current_assignee from slrt.case_file where process_instance_id = ?")
                .param(instance.getId()).query(String.class).single();
    }

    private List<String> events(long caseId) {
        return jdbc.sql("select event_type from slrt.case_event where case_id = ? order by id").param(caseId)
                .query(String.class).list();
    }

    private List<String> eventDetail(long caseId, String type, String key) {
        return jdbc.sql("select details ->> ? from slrt.case_event where case_id = ? and event_type = ? order by id")
                .params(key, caseId, type).query(String.class).list();
    }

    private String clock(long caseId, String taskKey, String column) {
        return jdbc.sql("select to_char(" + column + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI\"Z\"') from slrt.sla_clock "
                + "where case_id = ? and task_key = ? order by id desc limit 1").params(caseId, taskKey)
                .query(String.class).optional().orElse(null);
    }

    private List<String> outbox(long caseId) {
        return jdbc.sql("select body from slrt.notification_outbox where case_id = ? order by id")
                .param(caseId).query(String.class).list();
    }

    private Map<String, Object> referral(long caseId) {
        return new LinkedHashMap<>(jdbc.sql("select agency_code, consent, consent_override_reason, outcome "
                + "from slrt.referral where case_id = ?").param(caseId).query().singleRow());
    }

    private List<String> historicValues(ProcessInstance instance) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .list().stream().map(HistoricVariableInstance::getValue).map(String::valueOf).toList();
    }
}
