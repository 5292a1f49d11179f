package id.slrt.caseengine.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.support.IntegrationTest;
import id.slrt.caseengine.support.Phones;
import id.slrt.caseengine.support.WhatsAppPayloads;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A report of misuse of social aid (WhatsApp message starting with RAHASIA): the reporter's name and number
 * reach supervisors only: not the case view of other roles, not the process variables or forms in Tasklist,
 * not the event log.
 */
@IntegrationTest
class ReporterConfidentialityTest {

    static final String REPORTER = "Ibu Pelapor Rahasia";

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseFileRepository cases;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;

    @Test
    void aMisuseReportHidesTheReporterFromEveryoneButSupervisors() throws Exception {
        String from = Phones.randomWhatsAppId();
        String number = json.readTree(WhatsAppPayloads.post(http, WhatsAppPayloads.textMessage(
                        WhatsAppPayloads.newMessageId(), from, REPORTER,
                        "RAHASIA Bantuan BPNT warga RT 3 dipotong Rp50.000 oleh oknum pendamping")).getBody())
                .get("messages").get(0).get("registrationNumber").asText();
        CaseRecord record = cases.findByRegistrationNumber(number).orElseThrow();
        List<String> identity = List.of(REPORTER, from, from.substring(2));

        for (String user : List.of("peksos", "operator", "opd")) {
            ResponseEntity<String> view = http.withBasicAuth(user, "demo").getForEntity("/api/cases/" + number, String.class);
            assertThat(view.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            JsonNode body = json.readTree(view.getBody());
            assertThat(body.get("reporterConfidential").asBoolean()).isTrue();
            assertThat(body.get("category").asText()).isEqualTo("AID_MISUSE");
            assertThat(body.has("reporter")).as(user).isFalse();
            assertThat(view.getBody()).as(user).doesNotContain(identity);
            assertThat(body.get("events").findValuesAsText("type")).contains("REPORTER_PROTECTED", "CASE_CATEGORIZED");
        }
        JsonNode supervisorView = json.readTree(http.withBasicAuth("supervisor", "demo")
                .getForEntity("/api/cases/" + number, String.class).getBody());
        assertThat(supervisorView.get("reporter").get("name").asText()).isEqualTo(REPORTER);
        assertThat(supervisorView.get("reporter").get("phone").asText()).isEqualTo("+" + from);

        String taskId = tasks.createTaskQuery().processInstanceId(record.processInstanceId()).singleResult().getId();
        for (String path : List.of("/engine-rest/task/" + taskId + "/form-variables",
                "/engine-rest/task/" + taskId + "/variables")) {
            ResponseEntity<String> variables = http.withBasicAuth("peksos", "demo").getForEntity(path, String.class);
            assertThat(variables.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(variables.getBody()).as(path).contains("reporterConfidential").doesNotContain(identity);
        }
        String allVariables = history.createHistoricVariableInstanceQuery()
                .processInstanceId(record.processInstanceId()).list().stream()
                .map(v -> v.getName() + "=" + v.getValue()).toList().toString();
        assertThat(allVariables).doesNotContain(identity);
        String eventLog = jdbc.sql("select coalesce(string_agg(details::text, ' '), '') from slrt.case_event where case_id = ?")
                .param(record.id()).query(String.class).single();
        assertThat(eventLog).doesNotContain(identity);
    }

    @Test
    void anOrdinaryComplaintShowsTheReporterToCaseworkers() throws Exception {
        String from = Phones.randomWhatsAppId();
        String number = json.readTree(WhatsAppPayloads.post(http, WhatsAppPayloads.textMessage(
                        WhatsAppPayloads.newMessageId(), from, "Pak Terbuka", "Kursi roda bapak saya rusak")).getBody())
                .get("messages").get(0).get("registrationNumber").asText();
        JsonNode view = json.readTree(http.withBasicAuth("peksos", "demo")
                .getForEntity("/api/cases/" + number, String.class).getBody());
        assertThat(view.get("reporterConfidential").asBoolean()).isFalse();
        assertThat(view.get("reporter").get("name").asText()).isEqualTo("Pak Terbuka");
    }
}
