package id.slrt.caseengine.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.casefile.CaseEventRepository;
import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.casefile.CaseRecord;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.support.IntegrationTest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
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

/** Invitations when a case closes, and the front office's printed codes. */
@IntegrationTest
class SurveyInvitationTest {

    @Autowired
    SurveyFixtures fixtures;
    @Autowired
    IntakeService intake;
    @Autowired
    CaseFileRepository cases;
    @Autowired
    CaseEventRepository events;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @Test
    void aWhatsAppComplaintClosedByItsProcessGetsAOneTimeLinkOnWhatsApp() {
        BpmnAwareTests.init(engine);
        String number = intake.open(new CaseIntakeRequest("COMPLAINT", Channel.WHATSAPP, "3516",
                new CaseIntakeRequest.Subject(null, null, "Sri Wahyuni", null, null, null),
                new CaseIntakeRequest.Reporter("Sri Wahyuni", "081234500001"), "Bantuan PKH belum cair"),
                "operator").registrationNumber();
        ProcessInstance complaint = processInstanceQuery().processInstanceBusinessKey(number).singleResult();
        complete(task(complaint), withVariables("triageDecision", "HANDLE", "category", "SOCIAL_PROTECTION",
                "priority", "NORMAL", "triageNote", "Periksa status KPM"));
        complete(task(complaint), withVariables("handlingSummary", "Data KPM diperbaiki",
                "responseToCitizen", "Bantuan akan cair pada tahap berikutnya."));
        // No answer back within 10 working days: the case closes.
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
                org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant().plus(java.time.Duration.ofDays(20))));
        id.slrt.caseengine.support.ProcessTests.fireDueTimers(engine, complaint);
        org.camunda.bpm.engine.impl.util.ClockUtil.reset();

        CaseRecord closed = cases.findByRegistrationNumber(number).orElseThrow();
        assertThat(closed.status()).isEqualTo("CLOSED");
        String invitation = fixtures.outbox(closed.id()).get(fixtures.outbox(closed.id()).size() - 1);
        assertThat(invitation).startsWith("Terima kasih telah menggunakan layanan Dinas Sosial Kabupaten Mojokerto. Kasus "
                + number + " telah selesai. Mohon nilai pelayanan kami").contains("/survei/").contains("Berlaku s.d.");
        assertThat(jdbc.sql("select channel || ' ' || recipient from slrt.notification_outbox where case_id = ? order by id desc limit 1")
                .param(closed.id()).query(String.class).single()).isEqualTo("WHATSAPP +6281234500001");

        String token = fixtures.linkToken(closed.id());
        Map<String, Object> row = jdbc.sql("select * from slrt.survey_invitation where case_id = ?").param(closed.id())
                .query().singleRow();
        assertThat(row).containsEntry("delivery", "LINK").containsEntry("send_channel", "WHATSAPP")
                .containsEntry("region_code", "3516").containsEntry("service_type", "COMPLAINT");
        assertThat(row.get("link_token_hash")).isEqualTo(SurveySecrets.linkTokenHash(token).orElseThrow());
        assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(token));
        assertThat(events.findByCase(closed.id())).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("SURVEY_INVITED");
            assertThat(e.details()).containsEntry("delivery", "LINK").doesNotContainValue(token);
        });
    }

    @Test
    void smsAndPhoneCasesGetTheLinkBySms() {
        CaseRecord sms = fixtures.closedCase(Channel.SMS, "081234500002");
        CaseRecord phone = fixtures.closedCase(Channel.PHONE, "081234500003");
        for (CaseRecord record : new CaseRecord[] {sms, phone}) {
            assertThat(jdbc.sql("select channel from slrt.notification_outbox where case_id = ? order by id desc limit 1")
                    .param(record.id()).query(String.class).single()).isEqualTo("SMS");
            assertThat(fixtures.linkToken(record.id())).hasSize(43);
        }
    }

    @Test
    void aWalkInCaseWaitsForAPrintedCodeAndSendsNothing() throws Exception {
        CaseRecord walkIn = fixtures.closedCase(Channel.WALK_IN, "081234500004");

        assertThat(fixtures.outbox(walkIn.id())).noneMatch(body -> body.contains("/survei"));
        JsonNode status = json.readTree(get("operator", walkIn.registrationNumber()).getBody());
        assertThat(status.get("invited").asBoolean()).isTrue();
        assertThat(status.get("delivery").asText()).isEqualTo("PRINTED_CODE");
        assertThat(status.get("answered").asBoolean()).isFalse();
        assertThat(status.has("codeIssuedAt")).isFalse();

        ResponseEntity<String> printed = print("operator", walkIn.registrationNumber());
        assertThat(printed.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode slip = json.readTree(printed.getBody());
        String code = slip.get("code").asText();
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(slip.get("surveyUrl").asText()).endsWith("/survei");
        assertThat(slip.get("office").asText()).isEqualTo("Dinas Sosial Kabupaten Mojokerto");
        assertThat(jdbc.sql("select code_hash from slrt.survey_invitation where case_id = ?").param(walkIn.id())
                .query(String.class).single()).isEqualTo(SurveySecrets.printedCodeHash(code).orElseThrow());

        JsonNode after = json.readTree(get("peksos", walkIn.registrationNumber()).getBody());
        assertThat(after.get("codeIssuedAt").asText()).isNotBlank();
        assertThat(after.toString()).doesNotContain(code);
    }

    @Test
    void reprintingReplacesTheEarlierCode() throws Exception {
        CaseRecord walkIn = fixtures.closedCase(Channel.PUSKESOS, null);
        String first = json.readTree(print("operator", walkIn.registrationNumber()).getBody()).get("code").asText();
        String second = json.readTree(print("operator", walkIn.registrationNumber()).getBody()).get("code").asText();

        assertThat(second).isNotEqualTo(first);
        String stored = jdbc.sql("select code_hash from slrt.survey_invitation where case_id = ?").param(walkIn.id())
                .query(String.class).single();
        assertThat(stored).isEqualTo(SurveySecrets.printedCodeHash(second).orElseThrow())
                .isNotEqualTo(SurveySecrets.printedCodeHash(first).orElseThrow());
    }

    @Test
    void aCaseThatCameByWhatsAppWithoutAPhoneNumberFallsBackToAPrintedCode() {
        CaseRecord noPhone = fixtures.closedCase(Channel.WHATSAPP, null);
        assertThat(jdbc.sql("select delivery from slrt.survey_invitation where case_id = ?").param(noPhone.id())
                .query(String.class).single()).isEqualTo("PRINTED_CODE");
    }

    /** An analyst leaves a service out by adding a NONE row to the invitation table (the latest version counts). */
    @Test
    void aRowWithDeliveryNoneInTheTableInvitesNobody() throws Exception {
        String table;
        try (var original = getClass().getResourceAsStream("/bpmn/survey-invitation.dmn")) {
            table = new String(original.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String noneRow = """
                      <rule id="rule_test_none">
                        <inputEntry id="ie_none_channel"><text>"SMS"</text></inputEntry>
                        <inputEntry id="ie_none_phone"><text></text></inputEntry>
                        <inputEntry id="ie_none_service"><text>"COMPLAINT"</text></inputEntry>
                        <outputEntry id="oe_none_delivery"><text>"NONE"</text></outputEntry>
                        <outputEntry id="oe_none_channel"><text></text></outputEntry>
                      </rule>
                      <rule id="rule_whatsapp">""";
        String deploymentId = engine.getRepositoryService().createDeployment().name("survey-invitation-test")
                .addString("survey-invitation.dmn", table.replace("<rule id=\"rule_whatsapp\">", noneRow)).deploy().getId();
        try {
            CaseRecord excluded = fixtures.closedCase(Channel.SMS, "081234500009");
            assertThat(jdbc.sql("select count(*) from slrt.survey_invitation where case_id = ?").param(excluded.id())
                    .query(Long.class).single()).isZero();
            assertThat(fixtures.outbox(excluded.id())).noneMatch(body -> body.contains("/survei"));
            assertThat(events.findByCase(excluded.id())).anySatisfy(e -> assertThat(e.type()).isEqualTo("SURVEY_NOT_INVITED"));
            JsonNode status = json.readTree(get("operator", excluded.registrationNumber()).getBody());
            assertThat(status.get("invited").asBoolean()).isFalse();
            assertThat(status.get("caseClosed").asBoolean()).isTrue();
            // The front office can still print a code on request.
            assertThat(print("operator", excluded.registrationNumber()).getStatusCode()).isEqualTo(HttpStatus.OK);
        } finally {
            engine.getRepositoryService().deleteDeployment(deploymentId, true);
        }
        CaseRecord invitedAgain = fixtures.closedCase(Channel.SMS, "081234500010");
        assertThat(fixtures.linkToken(invitedAgain.id())).hasSize(43);
    }

    @Test
    void openCasesAnsweredSurveysAndOtherRolesAreRefused() throws Exception {
        CaseRecord open = fixtures.openCase(Channel.WALK_IN, null);
        ResponseEntity<String> notClosed = print("operator", open.registrationNumber());
        assertThat(notClosed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(notClosed.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(notClosed.getBody()).get("detail").asText()).contains("belum selesai");

        assertThat(print("operator", "SLRT-3516-2026-999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        CaseRecord closed = fixtures.closedCase(Channel.WALK_IN, null);
        for (String user : new String[] {"opd", "analis"}) {
            ResponseEntity<String> denied = get(user, closed.registrationNumber());
            assertThat(denied.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(denied.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            assertThat(print(user, closed.registrationNumber()).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(http.getForEntity("/api/cases/" + closed.registrationNumber() + "/survey-invitation", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theFrontOfficePrintsASlipFromItsPage() {
        CaseRecord walkIn = fixtures.closedCase(Channel.WALK_IN, null);
        String path = "/app/survey/invitations/" + walkIn.registrationNumber();

        ResponseEntity<String> page = http.withBasicAuth("operator", "demo").getForEntity(path, String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains(walkIn.registrationNumber(), "kode cetak", "Cetak kode survei");
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page.getBody());
        assertThat(csrf.find()).as("the form carries a CSRF token").isTrue();

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE,
                page.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0]);
        ResponseEntity<String> withoutToken = http.withBasicAuth("operator", "demo")
                .exchange(path, HttpMethod.POST, new HttpEntity<>("", headers), String.class);
        assertThat(withoutToken.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> slip = http.withBasicAuth("operator", "demo").exchange(path, HttpMethod.POST,
                new HttpEntity<>("_csrf=" + csrf.group(1), headers), String.class);
        assertThat(slip.getStatusCode()).isEqualTo(HttpStatus.OK);
        Matcher code = Pattern.compile("class=\"code\">([0-9A-Z-]{14})<").matcher(slip.getBody());
        assertThat(code.find()).isTrue();
        assertThat(slip.getBody()).contains("Dinas Sosial Kabupaten Mojokerto", "/survei");
        assertThat(jdbc.sql("select code_hash from slrt.survey_invitation where case_id = ?").param(walkIn.id())
                .query(String.class).single()).isEqualTo(SurveySecrets.printedCodeHash(code.group(1)).orElseThrow());

        assertThat(http.withBasicAuth("opd", "demo").getForEntity(path, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        CaseRecord open = fixtures.openCase(Channel.WALK_IN, null);
        ResponseEntity<String> notClosed = http.withBasicAuth("operator", "demo")
                .getForEntity("/app/survey/invitations/" + open.registrationNumber(), String.class);
        assertThat(notClosed.getBody()).contains("belum").doesNotContain("Cetak kode survei</button>");
    }

    private ResponseEntity<String> get(String user, String number) {
        return http.withBasicAuth(user, "demo").getForEntity("/api/cases/" + number + "/survey-invitation", String.class);
    }

    private ResponseEntity<String> print(String user, String number) {
        return http.withBasicAuth(user, "demo").exchange("/api/cases/" + number + "/survey-invitation/printed-code",
                HttpMethod.POST, HttpEntity.EMPTY, String.class);
    }
}
