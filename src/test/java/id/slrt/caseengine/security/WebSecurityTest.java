package id.slrt.caseengine.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.security.region.RegionTenants;
import id.slrt.caseengine.support.IntegrationTest;
import id.slrt.caseengine.system.Groups;
import java.util.List;
import java.util.Map;
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
import org.springframework.util.LinkedMultiValueMap;

/**
 * Web security of every door: security headers on every answer (Camunda's own CSP on its webapps), session and
 * CSRF cookies, Camunda's CSRF protection of the webapp login and API, login throttling on the APIs and the webapp
 * login, hashed passwords.
 */
@IntegrationTest
class WebSecurityTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    IdentityService identity;
    @Autowired
    IntakeService intake;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;

    record Door(HttpMethod method, String path, String user, HttpStatus expected) {
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        List<Door> doors = List.of(
                new Door(HttpMethod.GET, "/api/cases", null, HttpStatus.UNAUTHORIZED),
                new Door(HttpMethod.GET, "/api/cases?size=1", "peksos", HttpStatus.OK),
                new Door(HttpMethod.GET, "/api/cases/SLRT-3516-2026-999999", "peksos", HttpStatus.NOT_FOUND),
                new Door(HttpMethod.GET, "/engine-rest/task?maxResults=1", "peksos", HttpStatus.OK),
                new Door(HttpMethod.GET, "/app/survey/ikm", "supervisor", HttpStatus.OK),
                new Door(HttpMethod.GET, "/survei", null, HttpStatus.OK),
                new Door(HttpMethod.POST, "/webhooks/sms", null, HttpStatus.UNAUTHORIZED),
                new Door(HttpMethod.GET, "/api/public/cases/SLRT-3516-2026-999999/status", null, HttpStatus.BAD_REQUEST),
                new Door(HttpMethod.GET, "/actuator/health", null, HttpStatus.OK),
                new Door(HttpMethod.GET, "/v3/api-docs", null, HttpStatus.OK),
                new Door(HttpMethod.GET, "/tidak-ada", null, HttpStatus.NOT_FOUND),
                new Door(HttpMethod.GET, "/camunda/app/tasklist/default/", null, HttpStatus.OK),
                new Door(HttpMethod.GET, "/camunda/api/admin/auth/user/default", null, HttpStatus.NOT_FOUND));
        for (Door door : doors) {
            TestRestTemplate client = door.user() == null ? http : http.withBasicAuth(door.user(), "demo");
            HttpHeaders requestHeaders = new HttpHeaders();
            requestHeaders.setContentType(MediaType.APPLICATION_JSON);
            ResponseEntity<String> answer = client.exchange(door.path(), door.method(),
                    new HttpEntity<>(door.method() == HttpMethod.POST ? "{}" : null, requestHeaders), String.class);
            String what = door.method() + " " + door.path();
            assertThat(answer.getStatusCode()).as(what).isEqualTo(door.expected());
            HttpHeaders headers = answer.getHeaders();
            assertThat(headers.get("X-Content-Type-Options")).as(what).containsExactly("nosniff");
            // The citizen survey pages send no referrer at all (the survey token is in their URL).
            assertThat(headers.get("Referrer-Policy")).as(what).hasSize(1).containsAnyOf("same-origin", "no-referrer");
            assertThat(headers.get("X-Frame-Options")).as(what).hasSize(1);
            List<String> csp = headers.get("Content-Security-Policy");
            assertThat(csp).as(what + " one policy").hasSize(1);
            if (door.path().startsWith("/camunda/")) {
                assertThat(csp.get(0)).as(what + ": Camunda's policy with its script nonce")
                        .contains("'nonce-", "frame-ancestors 'none'");
            } else if (door.path().startsWith("/survei")) {
                assertThat(csp.get(0)).as(what + ": the survey pages' own, stricter policy")
                        .contains("default-src 'none'", "frame-ancestors 'none'");
            } else {
                assertThat(csp.get(0)).as(what).isEqualTo(SecurityConfiguration.PROJECT_CSP);
            }
        }
    }

    @Test
    void sessionAndCsrfCookiesAreHttpOnlyAndSameSite() {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        String session = setCookie(page.getHeaders(), "JSESSIONID");
        assertThat(session).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .as("one SameSite attribute").doesNotContainPattern("(?i)SameSite.*SameSite")
                .as("not Secure on the embedded default (http://localhost)").doesNotContainPattern("(?i);\\s*Secure\\s*(;|$)");
        assertThat(setCookie(page.getHeaders(), "XSRF-TOKEN")).containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void theWebappLoginAndApiRefuseRequestsWithoutTheCsrfToken() throws Exception {
        String number = intake.open(new CaseIntakeRequest("COMPLAINT", Channel.WALK_IN, "3516",
                new CaseIntakeRequest.Subject(null, null, "Warga", null, null, null),
                new CaseIntakeRequest.Reporter("Warga", null), "Bantuan belum diterima"), "admin").registrationNumber();
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();

        ResponseEntity<String> denied = new Browser().login("peksos", "demo", false);
        assertThat(denied.getStatusCode()).as("login without X-XSRF-TOKEN").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(denied.getHeaders().get("Content-Security-Policy")).as("Camunda's early refusal has a policy too")
                .containsExactly(SecurityConfiguration.PROJECT_CSP);
        Browser browser = new Browser();
        assertThat(browser.login("peksos", "demo", true).getStatusCode()).isEqualTo(HttpStatus.OK);
        String claim = "/camunda/api/engine/engine/default/task/" + taskId + "/claim";
        String body = "{\"userId\":\"peksos\"}";
        assertThat(browser.post(claim, body, false).getStatusCode()).as("claim without X-XSRF-TOKEN")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
        // Camunda ends the session after a refused request: the user logs in again.
        assertThat(browser.post(claim, body, true).getStatusCode()).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
        browser = new Browser();
        assertThat(browser.login("peksos", "demo", true).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(browser.post(claim, body, true).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("peksos");
    }

    @Test
    void passwordGuessingOnTheApiIsStoppedWithAClearAnswer() throws Exception {
        user("tebak1");
        for (int i = 0; i < 5; i++) {
            assertThat(http.withBasicAuth("tebak1", "salah-" + i).getForEntity("/api/cases", String.class).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        ResponseEntity<String> refused = http.withBasicAuth("tebak1", "demo").getForEntity("/api/cases", String.class);
        assertThat(refused.getStatusCode()).as("even the right password, from this address").isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(Long.parseLong(refused.getHeaders().getFirst("Retry-After"))).isBetween(840L, 900L);
        JsonNode problem = json.readTree(refused.getBody());
        assertThat(problem.get("title").asText()).isEqualTo("Terlalu banyak percobaan masuk");
        assertThat(problem.get("detail").asText()).contains("dikunci sementara", "coba lagi dalam 15 menit");
        assertThat(http.withBasicAuth("tebak1", "demo").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .as("every door of the same user").isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(http.withBasicAuth("peksos", "demo").getForEntity("/api/cases?size=1", String.class).getStatusCode())
                .as("colleagues are not locked out").isEqualTo(HttpStatus.OK);
    }

    @Test
    void passwordGuessingOnTheWebappLoginIsStoppedToo() throws Exception {
        user("tebak2");
        Browser browser = new Browser();
        for (int i = 0; i < 5; i++) {
            assertThat(browser.login("tebak2", "salah-" + i, true).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        ResponseEntity<String> refused = browser.login("tebak2", "demo", true);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(json.readTree(refused.getBody()).get("detail").asText()).contains("coba lagi");
        assertThat(new Browser().login("peksos", "demo", true).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void passwordsAreStoredSaltedAndHashed() {
        user("hash1");
        user("hash2");
        List<Map<String, Object>> rows = jdbc.sql("select id_, pwd_, salt_ from act_id_user where id_ in ('hash1', 'hash2', 'peksos')")
                .query().listOfRows();
        assertThat(rows).hasSize(3);
        for (Map<String, Object> row : rows) {
            assertThat((String) row.get("pwd_")).as(row.get("id_").toString()).startsWith("{SHA-512}").doesNotContain("demo");
            assertThat((String) row.get("salt_")).isNotBlank();
        }
        assertThat(rows.stream().map(r -> r.get("pwd_")).distinct()).as("same password, different hashes").hasSize(3);
    }

    private void user(String id) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(id, Groups.CASEWORKER);
            identity.createTenantUserMembership(RegionTenants.tenantOf("3516"), id);
        }
    }

    /** A browser session on the Camunda webapps: session cookie and the XSRF token Camunda hands out. */
    class Browser {
        String session;
        String xsrf;

        Browser() {
            ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
            take(page.getHeaders());
        }

        ResponseEntity<String> login(String user, String password, boolean withToken) {
            HttpHeaders headers = headers(withToken);
            headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
            LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("username", user);
            form.add("password", password);
            ResponseEntity<String> answer = http.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
                    HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
            take(answer.getHeaders());
            if (answer.getStatusCode() == HttpStatus.OK) {
                // The login starts a new session; like Tasklist, the next read fetches its CSRF token.
                take(http.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
                        new HttpEntity<>(headers(false)), String.class).getHeaders());
            }
            return answer;
        }

        ResponseEntity<String> post(String path, String body, boolean withToken) {
            HttpHeaders headers = headers(withToken);
            headers.setContentType(MediaType.APPLICATION_JSON);
            ResponseEntity<String> answer = http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
            take(answer.getHeaders());
            return answer;
        }

        private HttpHeaders headers(boolean withToken) {
            HttpHeaders headers = new HttpHeaders();
            headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + session + "; XSRF-TOKEN=" + xsrf);
            if (withToken) {
                headers.add("X-XSRF-TOKEN", xsrf);
            }
            return headers;
        }

        private void take(HttpHeaders headers) {
            String newSession = value(setCookie(headers, "JSESSIONID"));
            String newXsrf = value(setCookie(headers, "XSRF-TOKEN"));
            session = newSession != null ? newSession : session;
            xsrf = newXsrf != null ? newXsrf : xsrf;
        }
    }

    private static String value(String cookie) {
        return cookie == null ? null : cookie.substring(cookie.indexOf('=') + 1).split(";")[0];
    }

    private static String setCookie(HttpHeaders headers, String name) {
        List<String> cookies = headers.get(HttpHeaders.SET_COOKIE);
        return cookies == null ? null : cookies.stream().filter(c -> c.startsWith(name + "=")).findFirst().orElse(null);
    }
}
