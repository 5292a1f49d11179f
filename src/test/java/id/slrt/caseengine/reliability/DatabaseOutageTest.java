package id.slrt.caseengine.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.platform.DatabaseAvailability;
import id.slrt.caseengine.platform.DatabaseFailures;
import id.slrt.caseengine.support.IntegrationTest;
import id.slrt.caseengine.support.TestCases;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * While the database cannot be reached every door answers 503 problem+json at once and readiness is DOWN (liveness
 * stays UP); when it answers again the app accepts requests by itself. The real outage (PostgreSQL stopped for a
 * minute) is scripts/drills/db-outage-drill.mjs.
 */
@IntegrationTest
class DatabaseOutageTest {

    @Autowired
    DatabaseAvailability database;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void databaseBack() {
        database.probeOnce();
    }

    @Test
    void whileTheDatabaseIsDownEveryDoorAnswers503AndReadinessIsDown() throws Exception {
        long cases = jdbc.sql("select count(*) from slrt.case_file").query(Long.class).single();
        database.reportFailure(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("slrt - Connection is not available, request timed out after 5000ms")));
        assertThat(database.isUp()).isFalse();

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        List<ResponseEntity<String>> answers = List.of(
                http.withBasicAuth("operator", "demo").exchange("/api/cases", HttpMethod.POST,
                        new HttpEntity<>(TestCases.complaint(), headers), String.class),
                http.withBasicAuth("peksos", "demo").getForEntity("/api/cases?size=1", String.class),
                http.withBasicAuth("peksos", "demo").getForEntity("/engine-rest/task", String.class),
                http.exchange("/webhooks/sms", HttpMethod.POST, new HttpEntity<>("{}", headers), String.class),
                http.getForEntity("/survei", String.class),
                http.getForEntity("/api/public/cases/SLRT-3516-2026-000001/status", String.class));
        for (ResponseEntity<String> answer : answers) {
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            assertThat(answer.getHeaders().getFirst("Retry-After")).isNotBlank();
            JsonNode problem = json.readTree(answer.getBody());
            assertThat(problem.get("title").asText()).isEqualTo("Layanan sementara tidak tersedia");
            assertThat(problem.get("detail").asText()).contains("tidak ada data yang disimpan");
        }
        assertThat(http.getForEntity("/actuator/health/readiness", String.class).getStatusCode())
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(http.getForEntity("/actuator/health/liveness", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.sql("select count(*) from slrt.case_file").query(Long.class).single()).isEqualTo(cases);

        assertThat(database.probeOnce()).as("the database answers again").isTrue();
        assertThat(http.getForEntity("/actuator/health/readiness", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> opened = http.withBasicAuth("operator", "demo").exchange("/api/cases", HttpMethod.POST,
                new HttpEntity<>(TestCases.complaint(), headers), String.class);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void onlyConnectionFailuresCount() {
        assertThat(DatabaseFailures.isConnectionFailure(new CannotCreateTransactionException("no tx",
                new SQLTransientConnectionException("timeout")))).isTrue();
        assertThat(DatabaseFailures.isConnectionFailure(new RuntimeException(new SQLException("terminating connection "
                + "due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseFailures.isConnectionFailure(new RuntimeException(new SQLException("I/O error", "08006")))).isTrue();
        org.springframework.transaction.TransactionSystemException rollbackFailed =
                new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
                        new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new org.springframework.dao.DataAccessResourceFailureException("I/O error",
                new SQLException("An I/O error occurred while sending to the backend", "08006")));
        assertThat(DatabaseFailures.isConnectionFailure(rollbackFailed)).isTrue();
        assertThat(DatabaseFailures.isConnectionFailure(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key", "23505")))).isFalse();
        database.reportFailure(new IllegalStateException("a bug"));
        assertThat(database.isUp()).isTrue();
    }
}
