package id.slrt.caseengine.security.region;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.security.DemoUsers;
import id.slrt.caseengine.support.IntegrationTest;
import id.slrt.caseengine.support.TestCases;
import id.slrt.caseengine.system.Groups;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A user works only the cases of the regencies assigned to them: a case of Kota Surabaya (3578) is invisible to
 * the Mojokerto staff through every route (project API, search, engine REST API, Tasklist's API), and visible to
 * a Surabaya caseworker.
 */
@IntegrationTest
class RegionScopingTest {

    static final String SURABAYA = DemoUsers.OTHER_OFFICE_REGENCY;
    static final String SBY_CASEWORKER = "peksossby";

    @Autowired
    IntakeService intake;
    @Autowired
    IdentityService identity;
    @Autowired
    FormService forms;
    @Autowired
    RepositoryService repository;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void surabayaHasItsOwnCaseworker() {
        if (identity.createUserQuery().userId(SBY_CASEWORKER).count() == 0) {
            User user = identity.newUser(SBY_CASEWORKER);
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(SBY_CASEWORKER, Groups.CASEWORKER);
            identity.createTenantUserMembership(RegionTenants.tenantOf(SURABAYA), SBY_CASEWORKER);
        }
    }

    @Test
    void anotherRegencysCaseIsInvisibleThroughEveryRoute() throws Exception {
        String number = surabayaCase();

        for (String user : List.of("peksos", "supervisor", "operator")) {
            assertThat(get(user, "/api/cases/" + number).getStatusCode()).as(user + " case view").isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(json.readTree(get(user, "/api/cases?registrationNumber=" + number).getBody())).as(user + " search").isEmpty();
            assertThat(json.readTree(get(user, "/engine-rest/task?processInstanceBusinessKey=" + number).getBody()))
                    .as(user + " engine tasks").isEmpty();
            assertThat(json.readTree(get(user, "/engine-rest/process-instance?businessKey=" + number).getBody()))
                    .as(user + " engine instances").isEmpty();
        }
        assertThat(tasklistTasks("supervisor", number)).as("Tasklist's own API").isEmpty();

        assertThat(get(SBY_CASEWORKER, "/api/cases/" + number).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(get(SBY_CASEWORKER, "/engine-rest/task?processInstanceBusinessKey=" + number).getBody()))
                .hasSize(1);
        assertThat(tasklistTasks(SBY_CASEWORKER, number)).hasSize(1);
        assertThat(get(SBY_CASEWORKER, "/api/cases/" + mojokertoCase()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void staffCannotOpenCasesForAnotherRegency() throws Exception {
        Map<String, Object> request = TestCases.complaint();
        request.put("regionCode", SURABAYA);
        ResponseEntity<String> refused = http.withBasicAuth("operator", "demo").exchange("/api/cases", HttpMethod.POST,
                new HttpEntity<>(request, jsonHeaders()), String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(refused.getBody()).get("errors").get(0).get("code").asText()).isEqualTo("REGION_NOT_ASSIGNED");

        Map<String, Object> form = new HashMap<>();
        form.put("channel", "WALK_IN");
        form.put("regionCode", SURABAYA);
        form.put("reporterName", "Pak Slamet");
        form.put("subjectName", "Pak Slamet");
        form.put("description", "Bantuan");
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("complaint-handling")
                .latestVersion().singleResult().getId();
        identity.setAuthentication("operator", List.of(Groups.FRONT_OFFICE), List.of(RegionTenants.tenantOf("3516")));
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> forms.submitStartForm(definitionId, form))
                    .hasMessageContaining("tidak terdaftar sebagai petugas wilayah " + SURABAYA);
        } finally {
            identity.clearAuthentication();
        }
    }

    private String surabayaCase() {
        return intake.open(new CaseIntakeRequest("COMPLAINT", Channel.WALK_IN, SURABAYA,
                new CaseIntakeRequest.Subject(null, null, "Warga Surabaya", null, null, null),
                new CaseIntakeRequest.Reporter("Warga Surabaya", null), "Bantuan belum diterima"), "admin")
                .registrationNumber();
    }

    private String mojokertoCase() {
        return intake.open(new CaseIntakeRequest("COMPLAINT", Channel.WALK_IN, "3516",
                new CaseIntakeRequest.Subject(null, null, "Warga Mojokerto", null, null, null),
                new CaseIntakeRequest.Reporter("Warga Mojokerto", null), "Bantuan belum diterima"), "admin")
                .registrationNumber();
    }

    /** Logs in to Tasklist like a browser (session and CSRF token) and asks Tasklist's engine API for tasks. */
    private JsonNode tasklistTasks(String user, String businessKey) throws Exception {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        String session = cookie(page.getHeaders(), "JSESSIONID");
        String xsrf = cookie(page.getHeaders(), "XSRF-TOKEN");
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + session + "; XSRF-TOKEN=" + xsrf);
        headers.add("X-XSRF-TOKEN", xsrf);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        LinkedMultiValueMap<String, String> login = new LinkedMultiValueMap<>();
        login.add("username", user);
        login.add("password", "demo");
        ResponseEntity<String> loggedIn = http.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
                HttpMethod.POST, new HttpEntity<>(login, headers), String.class);
        assertThat(loggedIn.getStatusCode()).as(loggedIn.getBody()).isEqualTo(HttpStatus.OK);
        String newSession = cookie(loggedIn.getHeaders(), "JSESSIONID");
        String newXsrf = cookie(loggedIn.getHeaders(), "XSRF-TOKEN");
        HttpHeaders authenticated = new HttpHeaders();
        authenticated.add(HttpHeaders.COOKIE, "JSESSIONID=" + (newSession != null ? newSession : session)
                + "; XSRF-TOKEN=" + (newXsrf != null ? newXsrf : xsrf));
        ResponseEntity<String> tasks = http.exchange("/camunda/api/engine/engine/default/task?processInstanceBusinessKey="
                + businessKey, HttpMethod.GET, new HttpEntity<>(authenticated), String.class);
        assertThat(tasks.getStatusCode()).as(tasks.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(tasks.getBody());
    }

    private static String cookie(HttpHeaders headers, String name) {
        List<String> cookies = headers.get(HttpHeaders.SET_COOKIE);
        if (cookies == null) {
            return null;
        }
        return cookies.stream().filter(c -> c.startsWith(name + "=")).map(c -> c.substring(name.length() + 1).split(";")[0])
                .findFirst().orElse(null);
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
