package id.slrt.caseengine.intake;

import static id.slrt.caseengine.support.TestCases.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
class IdempotentIntakeTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    id.slrt.caseengine.platform.Encryption encryption;

    @Test
    void aRepeatedRequestWithTheSameKeyReturnsTheFirstCase() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> request = unique(complaint());

        ResponseEntity<String> first = post(request, key);
        ResponseEntity<String> second = post(request, key);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("false");
        assertThat(second.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        String number = json.readTree(first.getBody()).get("registrationNumber").asText();
        assertThat(json.readTree(second.getBody()).get("registrationNumber").asText()).isEqualTo(number);
        assertThat(casesWith(request)).isEqualTo(1);
    }

    @Test
    void concurrentRequestsWithTheSameKeyOpenExactlyOneCase() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> request = unique(complaint());
        int clients = 6;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<ResponseEntity<String>>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return post(request, key);
                }));
            }
            go.countDown();
            Set<String> numbers = new HashSet<>();
            int replayed = 0;
            for (Future<ResponseEntity<String>> future : futures) {
                ResponseEntity<String> response = future.get(60, TimeUnit.SECONDS);
                assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
                numbers.add(json.readTree(response.getBody()).get("registrationNumber").asText());
                replayed += "true".equals(response.getHeaders().getFirst("Idempotent-Replayed")) ? 1 : 0;
            }
            assertThat(numbers).hasSize(1);
            assertThat(replayed).isEqualTo(clients - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(casesWith(request)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndOpensNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> request = unique(complaint());
        post(request, key);
        Map<String, Object> other = unique(complaint());

        ResponseEntity<String> reused = post(other, key);

        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(reused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(reused.getBody()).get("title").asText()).isEqualTo("Idempotency-Key sudah dipakai");
        assertThat(casesWith(other)).isZero();
    }

    @Test
    void aRefusedFirstAttemptLeavesTheKeyFreeForTheCorrectedRequest() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> bad = unique(complaint());
        bad.put("regionCode", "9999");
        assertThat(post(bad, key).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        Map<String, Object> good = unique(complaint());
        assertThat(post(good, key).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(casesWith(good)).isEqualTo(1);
    }

    @Test
    void anUnusableKeyIs400() throws Exception {
        ResponseEntity<String> response = post(unique(complaint()), "kunci dengan spasi");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode error = json.readTree(response.getBody()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("Idempotency-Key");
    }

    private static Map<String, Object> unique(Map<String, Object> request) {
        request.put("description", "Bantuan PKH belum cair " + UUID.randomUUID());
        return request;
    }

    private long casesWith(Map<String, Object> request) {
        return casesDescribed((String) request.get("description"));
    }

    private ResponseEntity<String> post(Map<String, Object> body, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", key);
        return http.withBasicAuth("operator", "demo").exchange("/api/cases", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
    }

    /** Case files with this description (sealed at rest, so compared after opening). */
    private long casesDescribed(String description) {
        return jdbc.sql("select description from slrt.case_file").query(String.class).list().stream()
                .map(encryption::openText).filter(description::equals).count();
    }
}
