package id.slrt.caseengine.intake;

import static id.slrt.caseengine.support.TestCases.complaint;
import static id.slrt.caseengine.support.TestCases.withSubject;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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

@IntegrationTest
class CaseIntakeApiTest {

    @Autowired
    id.slrt.caseengine.catalogue.ServiceRouting routing;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    @Test
    void theOpenApiDocumentListsTheServicesTheRoutingDecisionServes() throws Exception {
        JsonNode serviceType = json.readTree(http.getForEntity("/v3/api-docs", String.class).getBody())
                .at("/components/schemas/CaseIntakeRequest/properties/serviceType/enum");
        List<String> listed = StreamSupport.stream(serviceType.spliterator(), false).map(JsonNode::asText).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(routing.availableServiceTypes())
                .contains("ASSISTIVE_DEVICE", "COMPLAINT", "ABH_ASSISTANCE");
    }

    @Test
    void aComplaintGetsARegistrationNumberAndWaitsForTriage() throws Exception {
        ResponseEntity<String> response = post("operator", complaint());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = json.readTree(response.getBody());
        String number = body.get("registrationNumber").asText();
        assertThat(number).matches("SLRT-3516-\\d{4}-\\d{6}");
        assertThat(response.getHeaders().getLocation()).hasPath("/api/cases/" + number);
        assertThat(body.get("currentStep").asText()).isEqualTo("Triase pengaduan");
        assertThat(body.get("status").asText()).isEqualTo("VERIFICATION");

        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
        assertThat(instance).isNotNull();
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo("TriageComplaint");

        JsonNode view = json.readTree(get("peksos", "/api/cases/" + number).getBody());
        assertThat(view.get("region").get("name").asText()).isEqualTo("Kabupaten Mojokerto");
        assertThat(view.get("subject").get("nikRegionName").asText()).isEqualTo("Jatirejo");
        assertThat(view.get("tasks").get(0).get("name").asText()).isEqualTo("Triase pengaduan");
        assertThat(StreamSupport.stream(view.get("events").spliterator(), false).map(e -> e.get("type").asText()))
                .containsSubsequence("CASE_REGISTERED", "PROCESS_STARTED", "NOTIFICATION_QUEUED", "TASK_CREATED");
        assertThat(view.get("events").get(0).get("actor").asText()).isEqualTo("operator");
    }

    @Test
    void withoutCredentialsTheApisAnswer401AndNoData() {
        ResponseEntity<String> engine = http.getForEntity("/engine-rest/task", String.class);
        assertThat(engine.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(engine.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        ResponseEntity<String> api = http.exchange("/api/cases", HttpMethod.POST, new HttpEntity<>(complaint(), jsonHeaders()), String.class);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(http.withBasicAuth("nobody", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anAnalystCannotOpenCases() {
        assertThat(post("analis", complaint()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aBadNikIsRefusedWithTheFieldNamedAndNothingIsWritten() throws Exception {
        long casesBefore = countCases();
        long instancesBefore = runtime.createProcessInstanceQuery().count();
        for (String badNik : List.of("351601520385", "35160152038A0001", "3516013102850001")) {
            ResponseEntity<String> response = post("operator", withSubject(complaint(), "nik", badNik));
            assertThat(response.getStatusCode()).as(badNik).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            JsonNode problem = json.readTree(response.getBody());
            assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("subject.nik");
            assertThat(problem.get("errors").get(0).get("message").asText()).startsWith("NIK");
        }
        assertThat(countCases()).isEqualTo(casesBefore);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }

    @Test
    void everyBadFieldIsListedAtOnce() throws Exception {
        Map<String, Object> request = complaint();
        request.put("regionCode", "9999");
        request.remove("description");
        withSubject(request, "sex", "M");
        ((Map<String, Object>) request.get("reporter")).put("phone", "12345");
        JsonNode problem = json.readTree(post("operator", request).getBody());
        assertThat(StreamSupport.stream(problem.get("errors").spliterator(), false).map(e -> e.get("field").asText()))
                .containsExactlyInAnyOrder("regionCode", "description", "subject.sex", "reporter.phone");
        assertThat(problem.get("errors").toString()).contains("wajib diisi untuk layanan COMPLAINT");
    }

    @Test
    void malformedJsonUnknownFieldsAndWrongEnumsAreClientErrors() throws Exception {
        assertProblem(postRaw("{\"serviceType\": \"COMPLAINT\",", "operator"), "body", "MALFORMED_JSON");
        Map<String, Object> unknownField = complaint();
        unknownField.put("NIK", "123");
        assertProblem(post("operator", unknownField), "NIK", "UNKNOWN_FIELD");
        Map<String, Object> wrongChannel = complaint();
        wrongChannel.put("channel", "FAX");
        assertProblem(post("operator", wrongChannel), "channel", "NOT_ALLOWED");
        assertProblem(post("operator", withSubject(complaint(), "birthDate", "1985-02-30")), "subject.birthDate", "INVALID_DATE");
        Map<String, Object> unknownService = complaint();
        unknownService.put("serviceType", "HOUSING_REPAIR");
        assertProblem(post("operator", unknownService), "serviceType", "SERVICE_UNAVAILABLE");
    }

    @Test
    void anUnknownCaseIs404() {
        ResponseEntity<String> response = get("peksos", "/api/cases/SLRT-3516-2026-999999");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private void assertProblem(ResponseEntity<String> response, String field, String code) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode error = json.readTree(response.getBody()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).isNotBlank();
    }

    private long countCases() {
        return jdbc.sql("select count(*) from slrt.case_file").query(Long.class).single();
    }

    private ResponseEntity<String> post(String user, Map<String, Object> body) {
        return http.withBasicAuth(user, "demo").exchange("/api/cases", HttpMethod.POST,
                new HttpEntity<>(body, jsonHeaders()), String.class);
    }

    private ResponseEntity<String> postRaw(String body, String user) {
        return http.withBasicAuth(user, "demo").exchange("/api/cases", HttpMethod.POST,
                new HttpEntity<>(body, jsonHeaders()), String.class);
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
