package id.slrt.caseengine.security.restricted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.security.region.RegionTenants;
import id.slrt.caseengine.support.IntegrationTest;
import id.slrt.caseengine.system.Groups;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A children's case (service ABH_ASSISTANCE, restricted by configuration) is seen only by the caseworker it is
 * assigned to and the supervisor group: another caseworker of the same regency, and the front office, get 404
 * through every project route. Reads are audited; the audit is append-only and for supervisors.
 */
@IntegrationTest
class RestrictedCaseAccessTest {

    static final String OTHER_CASEWORKER = "peksos2";
    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    id.slrt.caseengine.casefile.CasePersonRepository people;
    @Autowired
    IdentityService identity;
    @Autowired
    IntakeService intake;
    @Autowired
    TaskService tasks;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void aSecondCaseworkerInTheSameRegency() {
        if (identity.createUserQuery().userId(OTHER_CASEWORKER).count() == 0) {
            User user = identity.newUser(OTHER_CASEWORKER);
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(OTHER_CASEWORKER, Groups.CASEWORKER);
            identity.createTenantUserMembership(RegionTenants.tenantOf("3516"), OTHER_CASEWORKER);
        }
    }

    @Test
    void aChildsCaseIsSeenOnlyByItsCaseworkerAndTheSupervisors() throws Exception {
        String nik = "3516010101" + String.format("%06d", 100000 + SEQUENCE.incrementAndGet());
        String number = childsCase("peksos", nik, true);

        for (String user : List.of(OTHER_CASEWORKER, "operator")) {
            assertThat(get(user, "/api/cases/" + number).getStatusCode()).as(user + " case view").isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(json.readTree(get(user, "/api/cases?registrationNumber=" + number).getBody())).as(user + " search").isEmpty();
            assertThat(json.readTree(get(user, "/api/cases?nik=" + nik).getBody())).as(user + " NIK search").isEmpty();
            assertThat(json.readTree(get(user, "/api/cases?serviceType=ABH_ASSISTANCE&size=200").getBody()).findValuesAsText("registrationNumber"))
                    .as(user + " service search").doesNotContain(number);
            assertThat(get(user, "/api/cases/" + number + "/survey-invitation").getStatusCode()).as(user + " survey")
                    .isEqualTo(HttpStatus.NOT_FOUND);
            ResponseEntity<String> print = http.withBasicAuth(user, "demo").exchange(
                    "/api/cases/" + number + "/survey-invitation/printed-code", HttpMethod.POST, null, String.class);
            assertThat(print.getStatusCode()).as(user + " print code").isEqualTo(HttpStatus.NOT_FOUND);
            ResponseEntity<String> page = get(user, "/app/survey/invitations/" + number);
            assertThat(page.getStatusCode()).as(user + " slip page").isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(page.getBody()).doesNotContain("Kasus selesai");
            assertThat(get(user, "/api/cases/" + number + "/audit").getStatusCode()).as(user + " audit").isEqualTo(HttpStatus.FORBIDDEN);
        }

        for (String user : List.of("peksos", "supervisor")) {
            ResponseEntity<String> view = get(user, "/api/cases/" + number);
            assertThat(view.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            assertThat(json.readTree(view.getBody()).at("/subject/nik").asText()).isEqualTo(nik);
            assertThat(json.readTree(get(user, "/api/cases?nik=" + nik).getBody()).findValuesAsText("registrationNumber"))
                    .as(user + " NIK search").containsExactly(number);
            assertThat(get(user, "/api/cases/" + number + "/survey-invitation").getStatusCode()).isEqualTo(HttpStatus.OK);
        }

        ResponseEntity<String> audit = get("supervisor", "/api/cases/" + number + "/audit");
        assertThat(audit.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode trail = json.readTree(audit.getBody());
        List<String> lines = new ArrayList<>();
        trail.forEach(e -> lines.add(e.get("actor").asText() + " " + e.get("action").asText() + " " + e.get("what").asText()));
        assertThat(lines).contains("peksos VIEW GET /api/cases/" + number, "supervisor VIEW GET /api/cases/" + number,
                "peksos SEARCH_RESULT GET /api/cases", "supervisor AUDIT_VIEW GET /api/cases/" + number + "/audit");
        assertThat(lines).noneMatch(line -> line.startsWith(OTHER_CASEWORKER) || line.startsWith("operator"));
        JsonNode search = null;
        for (JsonNode entry : trail) {
            if (entry.get("action").asText().equals("SEARCH_RESULT")) {
                search = entry;
            }
        }
        assertThat(search.at("/details/criteria/0").asText()).isEqualTo("nik");
        assertThat(audit.getBody()).as("the searched NIK itself is not copied into the audit").doesNotContain(nik);
    }

    @Test
    void theCurrentAssigneeSeesTheCaseToo() {
        String number = childsCase(null, null, false);
        assertThat(get(OTHER_CASEWORKER, "/api/cases/" + number).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        jdbc.sql("update slrt.case_file set current_assignee = ? where registration_number = ?")
                .params(OTHER_CASEWORKER, number).update();
        assertThat(get(OTHER_CASEWORKER, "/api/cases/" + number).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("peksos", "/api/cases/" + number).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aCaseworkerAssignedToATaskBecomesTheAssignedCaseworkerAndStaysSo() {
        String number = intake.open(new CaseIntakeRequest("COMPLAINT", Channel.WALK_IN, "3516",
                new CaseIntakeRequest.Subject(null, null, "Warga", null, null, null),
                new CaseIntakeRequest.Reporter("Warga", null), "Bantuan belum diterima"), "admin").registrationNumber();
        Task triage = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
        assertThat(assignedCaseworker(number)).isNull();

        tasks.setAssignee(triage.getId(), OTHER_CASEWORKER);
        assertThat(assignedCaseworker(number)).isEqualTo(OTHER_CASEWORKER);
        tasks.setAssignee(triage.getId(), null);
        assertThat(assignedCaseworker(number)).as("unclaiming keeps the caseworker").isEqualTo(OTHER_CASEWORKER);
    }

    @Test
    void theAccessAuditIsAppendOnly() {
        String number = childsCase("peksos", null, false);
        get("peksos", "/api/cases/" + number);
        long rows = jdbc.sql("select count(*) from slrt.case_access_audit a join slrt.case_file c on c.id = a.case_id "
                + "where c.registration_number = ?").param(number).query(Long.class).single();
        assertThat(rows).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql("update slrt.case_access_audit set actor = 'someone-else'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from slrt.case_access_audit").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate slrt.case_access_audit").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate slrt.case_event cascade").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    private String assignedCaseworker(String number) {
        return jdbc.sql("select assigned_caseworker from slrt.case_file where registration_number = ?").param(number)
                .query(String.class).optional().orElse(null);
    }

    /** A children's case written straight into the case file (its process is built elsewhere). */
    private String childsCase(String assignedCaseworker, String nik, boolean closed) {
        String number = String.format("SLRT-3516-2099-%06d", SEQUENCE.incrementAndGet() + 900000);
        OffsetDateTime now = OffsetDateTime.now();
        long caseId = jdbc.sql("""
                        insert into slrt.case_file (registration_number, service_type, process_key, channel, region_code,
                                                    status, description, opened_at, closed_at, created_by, updated_at,
                                                    assigned_caseworker)
                        values (?, 'ABH_ASSISTANCE', 'abh-assistance', 'WALK_IN', '3516', ?, 'Permintaan laporan sosial',
                                ?, ?, 'operator', ?, ?) returning id""")
                .params(number, closed ? "CLOSED" : "ASSESSMENT", now, closed ? now : null, now, assignedCaseworker)
                .query(Long.class).single();
        // Through the repository: the NIK is sealed at rest and found by its keyed hash.
        long personId = people.insert(caseId, id.slrt.caseengine.casefile.PersonRole.SUBJECT,
                new id.slrt.caseengine.casefile.PersonData(nik, null, "Anak A", null, null, null, null, null));
        jdbc.sql("update slrt.case_file set subject_person_id = ? where id = ?").params(personId, caseId).update();
        return number;
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, null, String.class);
    }

    static MediaType json() {
        return MediaType.APPLICATION_JSON;
    }
}
