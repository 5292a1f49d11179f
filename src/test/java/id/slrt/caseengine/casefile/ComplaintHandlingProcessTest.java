package id.slrt.caseengine.casefile;

import static id.slrt.caseengine.support.ProcessTests.at;
import static id.slrt.caseengine.support.ProcessTests.fireDueTimers;
import static id.slrt.caseengine.support.ProcessTests.submitStartForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import id.slrt.caseengine.channel.InboundMessage;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.intake.Sex;
import id.slrt.caseengine.support.CoversEveryPath;
import id.slrt.caseengine.support.IntegrationTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The story of a complaint, told through every path of {@code complaint-handling.bpmn}. */
@IntegrationTest
@CoversEveryPath("complaint-handling")
class ComplaintHandlingProcessTest {

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
    id.slrt.caseengine.letters.LetterService letterService;
    @Autowired
    CaseViewService views;
    @Autowired
    org.springframework.boot.test.web.client.TestRestTemplate http;
    @Autowired
    id.slrt.caseengine.answerback.AnswerBackService answerBack;
    @Autowired
    id.slrt.caseengine.channel.InboundMessageService inbound;

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
    void aComplaintWithinOurAuthorityIsTriagedHandledAnsweredAndClosed() {
        String number = intake.open(pkhComplaint(), "operator").registrationNumber();
        ProcessInstance complaint = processInstanceQuery().processInstanceBusinessKey(number).singleResult();

        assertThat(complaint).hasPassed("RegisterCase", "SendAcknowledgement").isWaitingAt("TriageComplaint");
        assertThat(task()).hasCandidateGroup("caseworker").hasFormKey(null)
                // Three working days after Thursday 26 November: Fri 27, Mon 30, Tue 1 December, at office close.
                .hasDueDate(Date.from(OffsetDateTime.of(2026, 12, 1, 16, 0, 0, 0, ZoneOffset.ofHours(7)).toInstant()));
        assertThat(caseFile(number).status()).isEqualTo("VERIFICATION");

        complete(task(), withVariables("triageDecision", "HANDLE", "category", "SOCIAL_PROTECTION",
                "priority", "NORMAL", "triageNote", "Periksa status KPM PKH di SIKS-NG"));

        assertThat(complaint).hasPassed("ClassifyAfterTriage", "InScope", "SendFirstResponse")
                .isWaitingAt("HandleComplaint");
        // The answer is due five working days after registration, not after triage.
        assertThat(task()).hasCandidateGroup("caseworker")
                .hasDueDate(Date.from(OffsetDateTime.of(2026, 12, 3, 16, 0, 0, 0, ZoneOffset.ofHours(7)).toInstant()));
        assertThat(jdbc.sql("select category from slrt.case_file where registration_number = ?").param(number)
                .query(String.class).single()).isEqualTo("SOCIAL_PROTECTION");
        assertThat(caseFile(number).status()).isEqualTo("IN_PROGRESS");
        assertThat(caseFile(number).currentStep()).isEqualTo("Tangani pengaduan dan siapkan jawaban");

        complete(task(), withVariables("handlingSummary", "Data KPM sudah diperbaiki pendamping PKH",
                "responseToCitizen", "Bantuan PKH Ibu akan cair pada tahap berikutnya."));

        // The citizen may answer back for 10 working days (Fri 27 Nov ... Thu 10 Dec, office close); silence closes.
        assertThat(complaint).hasPassed("SendAnswer", "IssueAnswerLetter").isWaitingAt("AwaitAnswerBack");
        assertThat(answerBackDue(complaint)).isEqualTo(OffsetDateTime.of(2026, 12, 10, 16, 0, 0, 0, ZoneOffset.ofHours(7)));
        assertThat(caseFile(number).closedAt()).isNull();
        at(OffsetDateTime.of(2026, 12, 10, 16, 0, 0, 0, ZoneOffset.ofHours(7)));
        fireDueTimers(engine, complaint);

        assertThat(complaint).hasPassed("AnswerBackWindowOver", "CloseResolved", "ComplaintResolved").isEnded();
        CaseRecord closed = caseFile(number);
        // The written answer: a numbered letter to the reporter carrying the caseworker's answer.
        Map<String, Object> letter = jdbc.sql("select id, letter_type, letter_number from slrt.letter where case_id = ?")
                .param(closed.id()).query().singleRow();
        assertThat(letter.get("letter_type")).isEqualTo("jawaban-pengaduan");
        assertThat((String) letter.get("letter_number")).matches("400\\.9/\\d{4}/Dinsos/XI/2026");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                letterService.pdf(((Number) letter.get("id")).longValue()))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("JAWABAN PENGADUAN", (String) letter.get("letter_number"), number, "26 November 2026",
                            "Bantuan PKH Ibu akan cair pada tahap berikutnya.");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(closed.status()).isEqualTo("CLOSED");
        assertThat(closed.outcome()).isEqualTo("RESOLVED");
        assertThat(closed.closedAt()).isNotNull();
        // Closing also queues the satisfaction survey invitation (survey package); the process's own messages:
        assertThat(outbox(closed.id())).filteredOn(body -> !body.contains("/survei/")).containsExactly(
                "Pengaduan Anda telah kami terima dengan nomor " + number + ". Petugas Dinas Sosial akan menanggapi paling lambat 3 hari kerja. Cek status: kirim STATUS " + number + ".",
                "Pengaduan " + number + " sedang ditindaklanjuti petugas Dinas Sosial. Jawaban akan kami sampaikan paling lambat Kamis, 3 Desember 2026.",
                "Jawaban atas pengaduan " + number + ": Bantuan PKH Ibu akan cair pada tahap berikutnya.");
    }

    @Test
    void aCitizenWhoIsNotSatisfiedReopensTheSameCaseTwiceThenTheSupervisorAnswers() {
        // Answered on Monday 14 December 2026: the 10 working days skip Christmas (24 Dec cuti bersama, 25 Dec).
        at(OffsetDateTime.of(2026, 12, 14, 9, 0, 0, 0, ZoneOffset.ofHours(7)));
        CaseIntakeRequest request = pkhComplaint();
        String number = intake.open(new CaseIntakeRequest(request.serviceType(), request.channel(), request.regionCode(),
                request.subject(), new CaseIntakeRequest.Reporter("Bu Rina", "081299900014"), request.description()),
                "operator").registrationNumber();
        ProcessInstance complaint = processInstanceQuery().processInstanceBusinessKey(number).singleResult();
        long caseId = caseFile(number).id();
        complete(task(complaint), withVariables("triageDecision", "HANDLE", "category", "SOCIAL_PROTECTION",
                "priority", "NORMAL", "triageNote", "Periksa status KPM"));
        assertThat(answerBack.dissatisfied(caseId, "CASEWORKER")).as("no final answer yet").isFalse();
        complete(task(complaint), withVariables("handlingSummary", "Diperiksa di SIKS-NG",
                "responseToCitizen", "Bantuan sudah disalurkan ke rekening KKS."));
        assertThat(complaint).isWaitingAt("AwaitAnswerBack");
        assertThat(answerBackDue(complaint)).isEqualTo(OffsetDateTime.of(2026, 12, 30, 16, 0, 0, 0, ZoneOffset.ofHours(7)));

        // On the ninth working day the citizen writes back on WhatsApp.
        at(OffsetDateTime.of(2026, 12, 29, 10, 0, 0, 0, ZoneOffset.ofHours(7)));
        var handled = inbound.receive(new InboundMessage("WHATSAPP", "wamid.answer-back-1-" + number, "6281299900014",
                "Bu Rina", "Tidak puas, bantuannya belum masuk rekening"));
        assertThat(handled.registrationNumber()).isEqualTo(number);
        assertThat(complaint).hasPassed("CitizenDissatisfied", "ReopenLimit", "ReopenCase").isWaitingAt("HandleComplaint");
        assertThat(processInstanceQuery().processInstanceBusinessKey(number).count()).isEqualTo(1);
        assertThat(events(caseId)).containsSubsequence("CITIZEN_DISSATISFIED", "CASE_REOPENED");
        assertThat(caseFile(number).status()).isEqualTo("IN_PROGRESS");
        assertThat(caseFile(number).closedAt()).isNull();
        // Five working days from the reopening: 30, 31 Dec, (1 Jan), 4 Jan, (5 Jan Isra Mikraj), 6, 7 Jan.
        assertThat(task(complaint)).hasCandidateGroup("caseworker")
                .hasDueDate(Date.from(OffsetDateTime.of(2027, 1, 7, 16, 0, 0, 0, ZoneOffset.ofHours(7)).toInstant()));
        assertThat(outbox(caseId).get(outbox(caseId).size() - 1)).contains("kami tangani kembali");

        // Second answer; the caseworker marks the citizen's reply (no keyword) as dissatisfied.
        complete(task(complaint), withVariables("handlingSummary", "Dicek ulang ke bank penyalur",
                "responseToCitizen", "Dana tertahan di bank; silakan ke bank dengan KKS."));
        assertThat(complaint).isWaitingAt("AwaitAnswerBack");
        assertThat(answerBack.dissatisfied(caseId, "CASEWORKER")).isTrue();
        assertThat(complaint).isWaitingAt("HandleComplaint");

        // Third answer, third dissatisfied reply: no more reopening, the supervisor answers and the case closes.
        complete(task(complaint), withVariables("handlingSummary", "Surat ke bank penyalur",
                "responseToCitizen", "Kami sudah menyurati bank penyalur."));
        inbound.receive(new InboundMessage("WHATSAPP", "wamid.answer-back-3-" + number, "6281299900014", "Bu Rina",
                "BELUM PUAS"));
        assertThat(complaint).isWaitingAt("ReviewDissatisfiedComplaint");
        assertThat(task(complaint)).hasCandidateGroup("supervisor");
        assertThat(events(caseId).stream().filter("CASE_REOPENED"::equals).count()).isEqualTo(2);
        // The supervisor's dashboard counts the reopened complaint.
        String dashboard = http.withBasicAuth("supervisor", "demo").getForEntity("/app/dashboard", String.class).getBody();
        assertThat(dashboard.substring(dashboard.indexOf("id=\"reopened-cases\""), dashboard.indexOf("id=\"undelivered-messages\"")))
                .contains("Kasus dibuka kembali karena warga tidak puas").contains("data-code=\"COMPLAINT\"");
        complete(task(complaint), withVariables("supervisorResponse", "Kepala bidang akan mendampingi Ibu ke bank."));

        assertThat(complaint).hasPassed("SendSupervisorAnswer", "CloseResolved").isEnded();
        assertThat(caseFile(number).status()).isEqualTo("CLOSED");
        assertThat(caseFile(number).registrationNumber()).isEqualTo(number);
        assertThat(outbox(caseId)).contains("Jawaban akhir supervisor Dinas Sosial atas pengaduan " + number
                + ": Kepala bidang akan mendampingi Ibu ke bank.");
    }

    @Test
    void aComplaintOutsideOurAuthorityIsExplainedAndClosed() {
        String number = intake.open(pkhComplaint(), "operator").registrationNumber();
        ProcessInstance complaint = processInstanceQuery().processInstanceBusinessKey(number).singleResult();

        complete(task(complaint), withVariables("triageDecision", "OUT_OF_SCOPE", "category", "SOCIAL_PROTECTION",
                "priority", "NORMAL", "triageNote", "Tunggakan iuran BPJS mandiri diurus di kantor BPJS Kesehatan."));

        assertThat(complaint).hasPassed("ExplainOutOfScope", "CloseOutOfScope", "ComplaintOutOfScope")
                .hasNotPassed("HandleComplaint").isEnded();
        CaseRecord closed = caseFile(number);
        assertThat(closed.outcome()).isEqualTo("OUT_OF_SCOPE");
        assertThat(outbox(closed.id())).anyMatch(body -> body.contains("/survei/"));
        assertThat(outbox(closed.id())).filteredOn(body -> !body.contains("/survei/")).last().asString()
                .contains("tidak dapat ditindaklanjuti").contains("kantor BPJS Kesehatan");
    }

    @Test
    void theFrontOfficeStartsAComplaintFromTheTasklistStartForm() {
        Map<String, Object> form = new HashMap<>();
        form.put("channel", "PHONE");
        form.put("regionCode", "3516");
        form.put("reporterName", "Pak Slamet");
        form.put("reporterPhone", "0812 3450 0002");
        form.put("subjectName", "Mbah Sanah");
        form.put("subjectNik", "3516014507400001");
        form.put("description", "Lansia tinggal sendiri belum menerima BPNT");
        ProcessInstance complaint = submitStartForm(engine, "complaint-handling", form);

        assertThat(complaint).isWaitingAt("TriageComplaint");
        String number = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(complaint.getId()).singleResult().getBusinessKey();
        assertThat(number).matches("SLRT-3516-2026-\\d{6}");
        assertThat(complaint).hasVariables("caseId", "registrationNumber", "subjectName")
                .variables().doesNotContainKeys("subjectNik", "reporterPhone", "reporterName");
        CaseRecord record = caseFile(number);
        assertThat(record.channel()).isEqualTo("PHONE");
        assertThat(record.processInstanceId()).isEqualTo(complaint.getId());
        assertThat(jdbc.sql("select phone from slrt.case_person where case_id = ? and role = 'REPORTER'")
                .param(record.id()).query(String.class).single()).isEqualTo("+6281234500002");
    }

    @Test
    void anInvalidStartFormIsRefusedWithTheReasonAndLeavesNothing() {
        long before = cases.count();
        Map<String, Object> form = new HashMap<>();
        form.put("channel", "WALK_IN");
        form.put("regionCode", "3516");
        form.put("reporterName", "Pak Slamet");
        form.put("subjectName", "Mbah Sanah");
        form.put("subjectNik", "3516013102400001");
        form.put("description", "Lansia tinggal sendiri");
        assertThatThrownBy(() -> submitStartForm(engine, "complaint-handling", form))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Data pendaftaran tidak valid")
                .hasMessageContaining("NIK tidak valid");
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void theServerRefusesATriageThatSkipsRequiredFormFields() {
        String number = intake.open(pkhComplaint(), "operator").registrationNumber();
        ProcessInstance complaint = processInstanceQuery().processInstanceBusinessKey(number).singleResult();
        String taskId = task(complaint).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("triageDecision", "MAYBE")))
                .hasMessageContaining("Keputusan triase: pilihan 'MAYBE' tidak tersedia")
                .hasMessageContaining("Catatan triase wajib diisi");
        assertThat(complaint).isWaitingAt("TriageComplaint");
    }

    @Test
    void aSecondOpenComplaintForTheSameNikIsLinkedAndShownAtTriageNotMerged() {
        String first = intake.open(withNik(pkhComplaint(), "3516014507400002"), "operator").registrationNumber();
        String second = intake.open(withNik(pkhComplaint(), "3516014507400002"), "operator").registrationNumber();
        ProcessInstance secondComplaint = processInstanceQuery().processInstanceBusinessKey(second).singleResult();

        assertThat(secondComplaint).hasPassed("CheckDuplicates").isWaitingAt("TriageComplaint");
        assertThat((String) engine.getRuntimeService().getVariable(secondComplaint.getId(), "possibleDuplicates"))
                .startsWith("Kemungkinan kasus ganda").contains(first).doesNotContain(second);
        assertThat((String) engine.getRuntimeService().getVariable(
                processInstanceQuery().processInstanceBusinessKey(first).singleResult().getId(), "possibleDuplicates"))
                .isEqualTo("Tidak ada kasus lain yang masih terbuka untuk NIK ini");
        assertThat(views.view(second).links()).singleElement().satisfies(link -> {
            assertThat(link.registrationNumber()).isEqualTo(first);
            assertThat(link.linkType()).isEqualTo("POSSIBLE_DUPLICATE");
            assertThat(link.direction()).isEqualTo("OUTGOING");
        });
        assertThat(views.view(first).links()).singleElement().satisfies(link -> {
            assertThat(link.registrationNumber()).isEqualTo(second);
            assertThat(link.direction()).isEqualTo("INCOMING");
        });
        assertThat(caseFile(first).closedAt()).isNull();
        assertThat(caseFile(second).closedAt()).isNull();
    }

    @Test
    void aComplaintClassifiedAsMisuseAtTriageProtectsAReporterWhoIsAlsoTheSubject() {
        String number = intake.open(pkhComplaint(), "operator").registrationNumber();
        ProcessInstance complaint = processInstanceQuery().processInstanceBusinessKey(number).singleResult();
        assertThat(views.view(number).reporter()).as("visible before classification").isNotNull();

        complete(task(complaint), withVariables("triageDecision", "HANDLE", "category", "AID_MISUSE",
                "priority", "URGENT", "triageNote", "Dugaan pemotongan BPNT oleh pendamping"));

        assertThat(complaint).isWaitingAt("HandleComplaint").variables()
                .containsEntry("reporterConfidential", true).containsEntry("subjectName", "(dirahasiakan)");
        CaseView view = views.view(number);
        assertThat(view.reporterConfidential()).isTrue();
        assertThat(view.reporter()).isNull();
        assertThat(view.subject().name()).isEqualTo("(dirahasiakan)");
        assertThat(view.subject().nik()).isNull();
        assertThat(view.events()).extracting(CaseView.EventRef::type).contains("REPORTER_PROTECTED");
    }

    @Test
    void aCategoryGivenAtIntakeAppliesBeforeAnyoneSeesTheCase() {
        CaseIntakeRequest misuse = new CaseIntakeRequest("COMPLAINT", Channel.WEB, "3516",
                new CaseIntakeRequest.Subject(null, null, "Oknum pendamping PKH", null, null, null),
                new CaseIntakeRequest.Reporter("Warga Desa", "081234500077"),
                "Pendamping meminta uang dari KPM", "AID_MISUSE");
        String number = intake.open(misuse, "operator").registrationNumber();
        ProcessInstance complaint = processInstanceQuery().processInstanceBusinessKey(number).singleResult();

        assertThat(complaint).hasPassed("ClassifyAtIntake").isWaitingAt("TriageComplaint").variables()
                .containsEntry("reporterConfidential", true).containsEntry("subjectName", "Oknum pendamping PKH");
        assertThat(views.view(number).reporter()).isNull();

        CaseIntakeRequest unknown = new CaseIntakeRequest("COMPLAINT", Channel.WEB, "3516",
                misuse.subject(), misuse.reporter(), misuse.description(), "GOSSIP");
        assertThatThrownBy(() -> intake.open(unknown, "operator"))
                .isInstanceOf(id.slrt.caseengine.system.InvalidInputException.class)
                .hasMessageContaining("category: kategori 'GOSSIP' tidak dikenal untuk layanan COMPLAINT")
                .hasMessageContaining("AID_MISUSE");
    }

    /**
     * A complaint nobody touches: as the engine clock moves, the triage task is flagged at risk (priority up, the
     * caseworker reminded), then breaches its deadline (breach recorded with the time, the supervisor gets an
     * escalation task while the caseworker's task goes on). The same for the handling task.
     */
    @Test
    void anUntouchedTriageIsFlaggedAtRiskThenEscalatedToTheSupervisor() {
        String number = intake.open(pkhComplaint(), "operator").registrationNumber();
        ProcessInstance complaint = processInstanceQuery().processInstanceBusinessKey(number).singleResult();
        long caseId = cases.findByRegistrationNumber(number).orElseThrow().id();

        // 75 % of the time from Thu 09:00 to Tue 16:00 (127 h) has passed on Mon 30 Nov around 08:15.
        at(OffsetDateTime.of(2026, 11, 30, 9, 0, 0, 0, ZoneOffset.ofHours(7)));
        fireDueTimers(engine, complaint);
        assertThat(complaint).hasPassed("TriageComplaintFlagAtRisk", "TriageComplaintAtRiskFlagged")
                .isWaitingAt("TriageComplaint");
        Task triage = engine.getTaskService().createTaskQuery().processInstanceId(complaint.getId())
                .taskDefinitionKey("TriageComplaint").singleResult();
        assertThat(triage.getPriority()).isEqualTo(80);
        assertThat(engine.getTaskService().getTaskComments(triage.getId())).singleElement()
                .satisfies(c -> assertThat(c.getFullMessage()).contains("hampir habis"));
        assertThat(clock(caseId, "TriageComplaint", "at_risk_at")).isNotNull();
        assertThat(events(caseId)).contains("SLA_AT_RISK").doesNotContain("SLA_BREACHED");

        at(OffsetDateTime.of(2026, 12, 1, 16, 5, 0, 0, ZoneOffset.ofHours(7)));
        fireDueTimers(engine, complaint);
        assertThat(complaint).hasPassed("TriageComplaintRecordBreach").isWaitingAt("TriageComplaint", "TriageComplaintEscalate");
        Task escalation = engine.getTaskService().createTaskQuery().processInstanceId(complaint.getId())
                .taskDefinitionKey("TriageComplaintEscalate").singleResult();
        assertThat(escalation).isNotNull();
        assertThat(engine.getTaskService().getIdentityLinksForTask(escalation.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("supervisor"));
        assertThat(clock(caseId, "TriageComplaint", "breached_at")).isEqualTo("2026-12-01T09:05Z");
        assertThat(events(caseId)).contains("SLA_BREACHED");

        complete(escalation, withVariables("escalationAction", "FOLLOWED_UP", "escalationNote", "Peksos ditelepon, selesai hari ini"));
        assertThat(complaint).hasPassed("TriageComplaintEscalationHandled").isWaitingAt("TriageComplaint");
        complete(engine.getTaskService().createTaskQuery().processInstanceId(complaint.getId()).taskDefinitionKey("TriageComplaint").singleResult(),
                withVariables("triageDecision", "HANDLE", "category", "SOCIAL_PROTECTION", "priority", "NORMAL", "triageNote", "Terlambat"));
        assertThat(clock(caseId, "TriageComplaint", "completed_at")).isNotNull();

        // The answer is due five working days after registration: Thu 3 Dec 16:00; at risk from Wed 2 Dec.
        at(OffsetDateTime.of(2026, 12, 3, 9, 0, 0, 0, ZoneOffset.ofHours(7)));
        fireDueTimers(engine, complaint);
        assertThat(complaint).hasPassed("HandleComplaintFlagAtRisk", "HandleComplaintAtRiskFlagged");
        at(OffsetDateTime.of(2026, 12, 3, 16, 1, 0, 0, ZoneOffset.ofHours(7)));
        fireDueTimers(engine, complaint);
        assertThat(complaint).hasPassed("HandleComplaintRecordBreach").isWaitingAt("HandleComplaint", "HandleComplaintEscalate");
        complete(engine.getTaskService().createTaskQuery().processInstanceId(complaint.getId())
                .taskDefinitionKey("HandleComplaintEscalate").singleResult(),
                withVariables("escalationAction", "REASSIGNED", "escalationNote", "Dialihkan ke peksos lain"));
        assertThat(complaint).hasPassed("HandleComplaintEscalationHandled").isWaitingAt("HandleComplaint");
    }

    private String clock(long caseId, String taskKey, String column) {
        return jdbc.sql("select to_char(" + column + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI\"Z\"') from slrt.sla_clock "
                + "where case_id = ? and task_key = ?").params(caseId, taskKey).query(String.class).optional().orElse(null);
    }

    private OffsetDateTime answerBackDue(ProcessInstance instance) {
        Date due = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("AnswerBackWindowOver").singleResult().getDuedate();
        return OffsetDateTime.ofInstant(due.toInstant(), ZoneOffset.ofHours(7));
    }

    private List<String> events(long caseId) {
        return jdbc.sql("select event_type from slrt.case_event where case_id = ? order by id").param(caseId)
                .query(String.class).list();
    }

    private static CaseIntakeRequest withNik(CaseIntakeRequest request, String nik) {
        CaseIntakeRequest.Subject s = request.subject();
        return new CaseIntakeRequest(request.serviceType(), request.channel(), request.regionCode(),
                new CaseIntakeRequest.Subject(nik, s.kkNumber(), s.name(), LocalDate.of(1940, 7, 5), Sex.F, s.address()),
                request.reporter(), request.description());
    }

    private CaseRecord caseFile(String number) {
        return cases.findByRegistrationNumber(number).orElseThrow();
    }

    private List<String> outbox(long caseId) {
        return jdbc.sql("select body from slrt.notification_outbox where case_id = ? order by id")
                .param(caseId).query(String.class).list();
    }

    static CaseIntakeRequest pkhComplaint() {
        return new CaseIntakeRequest("COMPLAINT", Channel.WHATSAPP, "3516",
                new CaseIntakeRequest.Subject("3516015203850001", "3516011503200001", "Sri Wahyuni",
                        LocalDate.of(1985, 3, 12), Sex.F, "Jl. RA Basuni 8, Sooko"),
                new CaseIntakeRequest.Reporter("Sri Wahyuni", "081234500001"),
                "Bantuan PKH belum cair sejak Maret");
    }
}
