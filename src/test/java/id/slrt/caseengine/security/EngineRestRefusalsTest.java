package id.slrt.caseengine.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.support.IntegrationTest;
import id.slrt.caseengine.support.TestCases;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The smaller findings of the security probe on the engine REST API: refusals that answered 500 with exception
 * class names (the tenant check, unreadable parameters, wrong value types) answer 4xx problem documents; a
 * state-changing request a browser sends on behalf of another site is refused.
 */
@IntegrationTest
class EngineRestRefusalsTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    ProcessEngine engine;

    @Test
    void anotherRegencysCaseIsNotFoundNotAServerError() throws Exception {
        Task task = triageOf(openComplaint("3578"));
        String instance = "/engine-rest/process-instance/" + task.getProcessInstanceId();
        List<ResponseEntity<String>> answers = List.of(
                send("peksos", HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", "peksos")),
                send("peksos", HttpMethod.GET, "/engine-rest/task/" + task.getId() + "/variables", null),
                send("peksos", HttpMethod.POST, instance + "/variables",
                        Map.of("modifications", Map.of("x", Map.of("value", "1")))),
                send("peksos", HttpMethod.DELETE, instance, null),
                send("peksos", HttpMethod.PUT, instance + "/suspended", Map.of("suspended", true)));
        for (ResponseEntity<String> answer : answers) {
            JsonNode problem = problem(answer, HttpStatus.NOT_FOUND);
            assertThat(problem.get("detail").asText()).isEqualTo("Data ini tidak ada atau bukan milik wilayah Anda");
        }
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void unreadableParametersAndValuesAreTheClientsMistake() throws Exception {
        assertThat(problem(send("peksos", HttpMethod.GET, "/engine-rest/task?maxResults=abc", null),
                HttpStatus.BAD_REQUEST).get("detail").asText()).contains("maxResults");
        assertThat(problem(send("peksos", HttpMethod.GET, "/engine-rest/process-definition?maxResults=-5", null),
                HttpStatus.BAD_REQUEST).get("detail").asText()).contains("maxResults");
        problem(send("peksos", HttpMethod.GET, "/engine-rest/task?priority=abc", null), HttpStatus.BAD_REQUEST);
        problem(send("peksos", HttpMethod.POST, "/engine-rest/external-task/fetchAndLock",
                Map.of("workerId", "w", "maxTasks", "banyak", "topics", List.of())), HttpStatus.BAD_REQUEST);
        problem(send("peksos", HttpMethod.POST, "/engine-rest/message", Map.of("messageName", "tidak-ada")),
                HttpStatus.BAD_REQUEST);
        problem(send("peksos", HttpMethod.GET, "/engine-rest/task/tidak-ada", null), HttpStatus.NOT_FOUND);
    }

    @Test
    void aBrowserDrivenFromAnotherSiteCannotChangeAnything() {
        Task task = triageOf(openComplaint("3516"));
        assertThat(send("peksos", HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/claim",
                Map.of("userId", "peksos")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        HttpHeaders evil = new HttpHeaders();
        evil.set(HttpHeaders.ORIGIN, "https://situs-jahat.example");
        ResponseEntity<String> unclaim = http.withBasicAuth("peksos", "demo").exchange(
                "/engine-rest/task/" + task.getId() + "/unclaim", HttpMethod.POST, new HttpEntity<>(evil), String.class);
        assertThat(unclaim.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(unclaim.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        HttpHeaders fetchMetadata = new HttpHeaders();
        fetchMetadata.set("Sec-Fetch-Site", "cross-site");
        assertThat(http.withBasicAuth("peksos", "demo").exchange("/engine-rest/task/" + task.getId() + "/unclaim",
                HttpMethod.POST, new HttpEntity<>(fetchMetadata), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        HttpHeaders evilJson = new HttpHeaders();
        evilJson.set(HttpHeaders.ORIGIN, "https://situs-jahat.example");
        evilJson.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.withBasicAuth("operator", "demo").exchange("/api/cases", HttpMethod.POST,
                new HttpEntity<>(TestCases.complaint(), evilJson), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
                .isEqualTo("peksos");

        HttpHeaders own = new HttpHeaders();
        own.set(HttpHeaders.ORIGIN, http.getRootUri());
        ResponseEntity<String> sameSite = http.withBasicAuth("peksos", "demo").exchange(
                "/engine-rest/task/" + task.getId() + "/unclaim", HttpMethod.POST, new HttpEntity<>(own), String.class);
        assertThat(sameSite.getStatusCode()).as(own + " " + sameSite.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private JsonNode problem(ResponseEntity<String> answer, HttpStatus status) throws Exception {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).as(answer.getBody())
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody()).doesNotContain("Exception").doesNotContain("org.camunda").doesNotContain("java.");
        JsonNode problem = json.readTree(answer.getBody());
        assertThat(problem.get("status").asInt()).isEqualTo(status.value());
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("message").asText()).isEqualTo(problem.get("detail").asText());
        return problem;
    }

    private String openComplaint(String regency) {
        Map<String, Object> request = TestCases.complaint();
        request.put("regionCode", regency);
        TestCases.withSubject(request, "nik", null);
        TestCases.withSubject(request, "kkNumber", null);
        ResponseEntity<String> opened = send("admin", HttpMethod.POST, "/api/cases", request);
        assertThat(opened.getStatusCode()).as(opened.getBody()).isEqualTo(HttpStatus.CREATED);
        try {
            return json.readTree(opened.getBody()).get("registrationNumber").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Task triageOf(String registrationNumber) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(registrationNumber)
                .taskDefinitionKey("TriageComplaint").singleResult();
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
