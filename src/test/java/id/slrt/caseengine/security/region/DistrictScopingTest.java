package id.slrt.caseengine.security.region;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.intake.Sex;
import id.slrt.caseengine.support.IntegrationTest;
import id.slrt.caseengine.system.Groups;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Puskesos operator of Jatirejo (district 35.16.01) sees only Jatirejo's cases of Kabupaten Mojokerto; the
 * front office of the regency sees all of them. Through the case API, search, the case page, the legal hold and the
 * dashboard of a district-scoped supervisor.
 */
@IntegrationTest
class DistrictScopingTest {

    static final String JATIREJO = "351601";
    static final String GONDANG = "351602";
    static final String PUSKESOS = "puskesosjatirejo";
    static final String COORDINATOR = "korcamgondang";
    static final String CASEWORKER = "peksosjatirejo";

    @Autowired
    IdentityService identity;
    @Autowired
    IntakeService intake;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void staff() {
        user(PUSKESOS, Groups.FRONT_OFFICE);
        user(COORDINATOR, Groups.SUPERVISOR);
        user(CASEWORKER, Groups.CASEWORKER);
        assertThat(assign(CASEWORKER, "[\"" + JATIREJO + "\"]").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(assign(PUSKESOS, "[\"" + JATIREJO + "\"]").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(assign(COORDINATOR, "[\"" + GONDANG + "\"]").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aPuskesosOperatorSeesOnlyTheCasesOfTheirDistrictThroughEveryRoute() throws Exception {
        String jatirejo = open("3516015203850701", "Sutini", "operator");
        String gondang = open("3516025203850702", "Painem", "operator");
        assertThat(district(jatirejo)).isEqualTo(JATIREJO);
        assertThat(district(gondang)).isEqualTo(GONDANG);

        assertThat(get(PUSKESOS, "/api/cases/" + jatirejo).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(PUSKESOS, "/api/cases/" + gondang).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(PUSKESOS, "/app/cases/" + jatirejo).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(PUSKESOS, "/app/cases/" + gondang).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(PUSKESOS, "/app/cases/" + gondang).getBody()).doesNotContain("Painem");
        assertThat(get(PUSKESOS, "/api/cases/" + jatirejo + "/documents").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(PUSKESOS, "/api/cases/" + gondang + "/documents").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(numbers(PUSKESOS, "/api/cases?open=true&size=200")).contains(jatirejo).doesNotContain(gondang)
                .allMatch(n -> JATIREJO.equals(district(n)));
        assertThat(numbers(PUSKESOS, "/api/cases?nik=3516025203850702")).isEmpty();
        assertThat(numbers(PUSKESOS, "/api/cases?registrationNumber=" + gondang)).isEmpty();

        // The regency's front office, not district-scoped, keeps seeing both.
        assertThat(get("operator", "/api/cases/" + gondang).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(numbers("operator", "/api/cases?open=true&size=200")).contains(jatirejo, gondang);

        // A district-scoped supervisor: the legal hold and the dashboard follow the same districts.
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        HttpEntity<String> reason = new HttpEntity<>("{\"reason\":\"Pemeriksaan\"}", headers);
        assertThat(http.withBasicAuth(COORDINATOR, "demo").exchange("/api/cases/" + jatirejo + "/legal-hold",
                HttpMethod.PUT, reason, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode figures = json.readTree(get(COORDINATOR, "/api/dashboard").getBody());
        long openInGondang = jdbc.sql("select count(*) from slrt.case_file where closed_at is null "
                + "and district_code = ? and region_code = '3516'").param(GONDANG).query(Long.class).single();
        long openInRegency = jdbc.sql("select count(*) from slrt.case_file where closed_at is null "
                + "and region_code = '3516'").query(Long.class).single();
        assertThat(figures.at("/total/open").asLong()).isEqualTo(openInGondang).isLessThan(openInRegency);
    }

    @Test
    void aDistrictScopedCaseworkerSeesAndWorksOnlyTheirDistrictsTasksInTheEngine() throws Exception {
        String jatirejo = open("3516015203850705", "Sumirah", "operator");
        String gondang = open("3516025203850706", "Tumini", "operator");
        String jatirejoTask = taskOf(jatirejo);
        String gondangTask = taskOf(gondang);

        assertThat(tasks(CASEWORKER, jatirejo)).containsExactly(jatirejoTask);
        assertThat(tasks(CASEWORKER, gondang)).isEmpty();
        assertThat(json.readTree(get(CASEWORKER, "/engine-rest/task?candidateGroup=caseworker&maxResults=1000")
                .getBody()).findValuesAsText("id")).contains(jatirejoTask).doesNotContain(gondangTask);
        assertThat(get(CASEWORKER, "/engine-rest/history/task?taskId=" + gondangTask).getBody()).isEqualTo("[]");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> claim = http.withBasicAuth(CASEWORKER, "demo").exchange(
                "/engine-rest/task/" + gondangTask + "/claim", HttpMethod.POST,
                new HttpEntity<>("{\"userId\":\"" + CASEWORKER + "\"}", headers), String.class);
        assertThat(claim.getStatusCode().is4xxClientError()).as(claim.getBody()).isTrue();
        assertThat(engineTasks().createTaskQuery().taskId(gondangTask).singleResult().getAssignee()).isNull();
        assertThat(http.withBasicAuth(CASEWORKER, "demo").exchange("/engine-rest/task/" + jatirejoTask + "/claim",
                HttpMethod.POST, new HttpEntity<>("{\"userId\":\"" + CASEWORKER + "\"}", headers), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        // Everyone else of the regency keeps both.
        assertThat(tasks("peksos", gondang)).containsExactly(gondangTask);

        // Moved to Gondang: the open tasks follow at once.
        assertThat(assign(CASEWORKER, "[\"" + GONDANG + "\"]").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasks(CASEWORKER, gondang)).containsExactly(gondangTask);
        assertThat(tasks(CASEWORKER, jatirejo)).as("a task they hold stays theirs until a supervisor reassigns it")
                .containsExactly(jatirejoTask);
        String otherJatirejo = taskOf(open("3516015203850707", "Ngatini", "operator"));
        assertThat(json.readTree(get(CASEWORKER, "/engine-rest/task?candidateGroup=caseworker&maxResults=1000")
                .getBody()).findValuesAsText("id")).doesNotContain(otherJatirejo);
        assertThat(assign(CASEWORKER, "[\"" + JATIREJO + "\"]").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasks(CASEWORKER, gondang)).isEmpty();
    }

    @Test
    void aCaseThePuskesosOpensBelongsToItsDistrictAndStaysVisibleToIt() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        // The subject's NIK was issued in Gondang; the case is registered at the Jatirejo Puskesos.
        String body = """
                {"serviceType":"COMPLAINT","channel":"PUSKESOS","regionCode":"3516",
                 "subject":{"nik":"3516025203850703","name":"Sukinah","birthDate":"1985-03-12","sex":"F"},
                 "reporter":{"name":"Sukinah","phone":"081234500703"},"description":"Bantuan belum cair"}""";
        ResponseEntity<String> opened = http.withBasicAuth(PUSKESOS, "demo").exchange("/api/cases", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
        assertThat(opened.getStatusCode().is2xxSuccessful()).as(opened.getBody()).isTrue();
        String number = json.readTree(opened.getBody()).get("registrationNumber").asText();
        assertThat(district(number)).isEqualTo(JATIREJO);
        assertThat(get(PUSKESOS, "/api/cases/" + number).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void onlyAdministratorsAssignDistrictsAndOnlyKnownDistricts() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.withBasicAuth("supervisor", "demo").exchange("/api/admin/staff/" + PUSKESOS + "/districts",
                HttpMethod.PUT, new HttpEntity<>("{\"districts\":[\"351602\"]}", headers), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> bad = assign(PUSKESOS, "[\"351601\", \"3516\", \"359999\"]");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(bad.getBody()).get("errors").findValuesAsText("field"))
                .containsExactly("districts[1]", "districts[2]");
        assertThat(json.readTree(get("admin", "/api/admin/staff/" + PUSKESOS + "/districts").getBody())
                .get("districts").get(0).asText()).as("unchanged by the refused request").isEqualTo(JATIREJO);
        // An empty list lifts the limit: the operator is back to the whole regency.
        String gondang = open("3516025203850704", "Sarinah", "operator");
        assertThat(get(PUSKESOS, "/api/cases/" + gondang).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(assign(PUSKESOS, "[]").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(PUSKESOS, "/api/cases/" + gondang).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Autowired
    org.camunda.bpm.engine.TaskService taskService;

    private org.camunda.bpm.engine.TaskService engineTasks() {
        return taskService;
    }

    private String taskOf(String number) {
        return taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
    }

    private List<String> tasks(String user, String number) throws Exception {
        return json.readTree(get(user, "/engine-rest/task?processInstanceBusinessKey=" + number).getBody())
                .findValuesAsText("id");
    }

    private void user(String id, String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(id, group);
            identity.createTenantUserMembership(RegionTenants.tenantOf("3516"), id);
        }
    }

    private ResponseEntity<String> assign(String user, String districts) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("admin", "demo").exchange("/api/admin/staff/" + user + "/districts", HttpMethod.PUT,
                new HttpEntity<>("{\"userId\":\"" + user + "\",\"districts\":" + districts + "}", headers),
                String.class);
    }

    private String open(String nik, String name, String user) {
        return intake.open(new CaseIntakeRequest("COMPLAINT", Channel.WALK_IN, "3516",
                new CaseIntakeRequest.Subject(nik, null, name, LocalDate.of(1985, 3, 12), Sex.F, "Dusun Krajan"),
                new CaseIntakeRequest.Reporter(name, null), "Bantuan belum cair"), user).registrationNumber();
    }

    private String district(String number) {
        return jdbc.sql("select district_code from slrt.case_file where registration_number = ?").param(number)
                .query(String.class).single();
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
    }

    private List<String> numbers(String user, String path) throws Exception {
        return json.readTree(get(user, path).getBody()).findValuesAsText("registrationNumber");
    }
}
