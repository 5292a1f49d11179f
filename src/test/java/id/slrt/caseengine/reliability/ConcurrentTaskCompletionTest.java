package id.slrt.caseengine.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.security.region.RegionTenants;
import id.slrt.caseengine.support.IntegrationTest;
import id.slrt.caseengine.system.Groups;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
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
 * Two caseworkers complete the same triage task through the engine REST API at the same moment: one wins, the
 * other gets 409 with a plain reason, and the case moves on exactly once.
 */
@IntegrationTest
class ConcurrentTaskCompletionTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    IntakeService intake;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void oneWinsTheOtherGetsAClearConflict() throws Exception {
        caseworker("peksos3");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // Enough rounds that the ways of losing the race show up: an optimistic-locking failure, a completion
            // that read the task just before the winner committed (vanished execution, vanished candidate link).
            for (int round = 0; round < 30; round++) {
                String number = intake.open(new CaseIntakeRequest("COMPLAINT", Channel.WALK_IN, "3516",
                        new CaseIntakeRequest.Subject(null, null, "Warga " + round, null, null, null),
                        new CaseIntakeRequest.Reporter("Warga " + round, null), "Bantuan belum diterima"), "admin")
                        .registrationNumber();
                String taskId = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
                for (String user : List.of("peksos", "peksos3")) {
                    answers.add(pool.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return complete(user, taskId);
                    }));
                }
                List<ResponseEntity<String>> done = new ArrayList<>();
                for (Future<ResponseEntity<String>> answer : answers) {
                    done.add(answer.get(60, TimeUnit.SECONDS));
                }
                List<HttpStatus> statuses = done.stream().map(a -> HttpStatus.valueOf(a.getStatusCode().value())).sorted().toList();
                assertThat(statuses).as("round " + round + ": " + done).containsExactly(HttpStatus.NO_CONTENT, HttpStatus.CONFLICT);
                ResponseEntity<String> loser = done.stream().filter(a -> a.getStatusCode() == HttpStatus.CONFLICT).findFirst().orElseThrow();
                String message = json.readTree(loser.getBody()).get("message").asText();
                assertThat(message).matches("(Data ini baru saja diubah oleh pengguna lain.*|Tugas ini sudah diselesaikan.*)");
                assertThat(jdbc.sql("""
                                select count(*) from slrt.case_event e join slrt.case_file c on c.id = e.case_id
                                 where c.registration_number = ? and e.event_type = 'TASK_COMPLETED'""")
                        .param(number).query(Long.class).single()).as("completed once").isEqualTo(1);
                assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey("HandleComplaint")
                        .count()).as("the case moved on once").isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void completingATaskSomeoneElseCompletedIsAConflictNotAnUnknownTask() throws Exception {
        String number = intake.open(new CaseIntakeRequest("COMPLAINT", Channel.WALK_IN, "3516",
                new CaseIntakeRequest.Subject(null, null, "Warga", null, null, null),
                new CaseIntakeRequest.Reporter("Warga", null), "Bantuan belum diterima"), "admin").registrationNumber();
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
        tasks.claim(taskId, "peksos");
        assertThat(complete("peksos", taskId).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> late = complete("peksos", taskId);
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(late.getBody()).get("message").asText()).startsWith("Tugas ini sudah diselesaikan oleh peksos pada ");
        assertThat(complete("peksos", "tidak-ada").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private ResponseEntity<String> complete(String user, String taskId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        Map<String, Object> variables = Map.of("variables", Map.of(
                "triageDecision", Map.of("value", "HANDLE"), "category", Map.of("value", "SOCIAL_PROTECTION"),
                "priority", Map.of("value", "NORMAL"), "triageNote", Map.of("value", "Diperiksa " + user)));
        return http.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + taskId + "/complete", HttpMethod.POST,
                new HttpEntity<>(variables, headers), String.class);
    }

    private void caseworker(String id) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(id, Groups.CASEWORKER);
            identity.createTenantUserMembership(RegionTenants.tenantOf("3516"), id);
        }
    }
}
