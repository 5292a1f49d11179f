package id.slrt.caseengine.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.casefile.CaseRecord;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.support.IntegrationTest;
import id.slrt.caseengine.system.Groups;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@IntegrationTest
class AccessModelTest {

    @Autowired
    IdentityService identity;
    @Autowired
    ProcessEngineConfiguration configuration;
    @Autowired
    IntakeService intake;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    AuthorizationService authorizations;

    @Test
    void authorizationChecksAreOnInTheEngine() {
        assertThat(configuration.isAuthorizationEnabled()).isTrue();
    }

    @Test
    void theEmbeddedDefaultHasOneDemoUserPerGroup() {
        Map<String, String> expected = Map.of("admin", Groups.ADMIN, "operator", Groups.FRONT_OFFICE,
                "peksos", Groups.CASEWORKER, "supervisor", Groups.SUPERVISOR, "analis", Groups.ANALYST,
                "opd", Groups.OPD_LIAISON);
        expected.forEach((user, group) -> {
            assertThat(identity.checkPassword(user, DemoUsers.PASSWORD)).as(user).isTrue();
            assertThat(identity.createUserQuery().memberOfGroup(group).userId(user).count()).as(user).isEqualTo(1);
        });
    }

    @Test
    void caseworkersSeeTheTriageTaskThroughTheirSharedFilterAndOthersDoNot() throws Exception {
        String number = intake.open(new CaseIntakeRequest("COMPLAINT", Channel.WALK_IN, "3516",
                new CaseIntakeRequest.Subject(null, null, "Bu Tini", null, null, null),
                new CaseIntakeRequest.Reporter("Bu Tini", null), "Kursi roda rusak"), "operator").registrationNumber();

        JsonNode filters = json.readTree(http.withBasicAuth("peksos", "demo").getForEntity("/engine-rest/filter", String.class).getBody());
        String groupFilter = null;
        for (JsonNode filter : filters) {
            if (filter.get("name").asText().equals("Tugas grup saya")) {
                groupFilter = filter.get("id").asText();
            }
        }
        assertThat(groupFilter).as("shared filter visible to peksos").isNotNull();

        JsonNode peksosTasks = list("peksos", "/engine-rest/filter/" + groupFilter + "/list?maxResults=1000");
        assertThat(peksosTasks.findValuesAsText("processInstanceId")).isNotEmpty();
        assertThat(taskForCase(peksosTasks, number)).isTrue();

        JsonNode opdTasks = list("opd", "/engine-rest/task?processInstanceBusinessKey=" + number);
        assertThat(opdTasks).isEmpty();
    }

    @Test
    void tasklistShowsTheCaseColumnsToCaseworkersButNoChildCaseVariables() throws Exception {
        String number = intake.open(new CaseIntakeRequest("COMPLAINT", Channel.WALK_IN, "3516",
                new CaseIntakeRequest.Subject(null, null, "Pak Darmo", null, null, null),
                new CaseIntakeRequest.Reporter("Pak Darmo", null), "BPNT belum cair"), "operator").registrationNumber();
        String groupFilter = null;
        for (JsonNode filter : list("peksos", "/engine-rest/filter")) {
            if (filter.get("name").asText().equals("Tugas grup saya")) {
                groupFilter = filter.get("id").asText();
            }
        }
        // What Tasklist asks for: the filter's tasks with the variables of its columns.
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(java.util.List.of(MediaType.valueOf("application/hal+json")));
        JsonNode page = json.readTree(http.withBasicAuth("peksos", "demo").exchange(
                "/engine-rest/filter/" + groupFilter + "/list?firstResult=0&maxResults=1000", HttpMethod.POST,
                new HttpEntity<>("{}", headers), String.class).getBody());
        // Each task of the page embeds the variables of the filter's columns.
        java.util.List<String> columns = new java.util.ArrayList<>();
        page.findValues("variable").forEach(variables -> variables.forEach(v -> columns.add(v.path("value").asText())));
        assertThat(columns).contains(number, "COMPLAINT");

        assertThat(authorizations.isUserAuthorized("peksos", java.util.List.of(Groups.CASEWORKER),
                ProcessDefinitionPermissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, "complaint-handling")).isTrue();
        assertThat(authorizations.isUserAuthorized("peksos", java.util.List.of(Groups.CASEWORKER),
                ProcessDefinitionPermissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, "abh-assistance")).isFalse();
        assertThat(authorizations.isUserAuthorized("opd", java.util.List.of(Groups.OPD_LIAISON),
                ProcessDefinitionPermissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, "odgj-reunification")).isFalse();
    }

    @Autowired
    AccessModelInitializer accessModel;

    /** An installation of an earlier version keeps nothing the access model no longer grants (see the access matrix). */
    @Test
    void permissionsTheModelNoLongerGrantsAreWithdrawnAtStart() {
        org.camunda.bpm.engine.authorization.Authorization analystDefinitions = authorizations.createAuthorizationQuery()
                .groupIdIn(Groups.ANALYST).resourceType(Resources.PROCESS_DEFINITION).resourceId("*").singleResult();
        analystDefinitions.addPermission(org.camunda.bpm.engine.authorization.Permissions.DELETE);
        analystDefinitions.addPermission(ProcessDefinitionPermissions.SUSPEND);
        authorizations.saveAuthorization(analystDefinitions);
        org.camunda.bpm.engine.authorization.Authorization supervisorTasks = authorizations.createAuthorizationQuery()
                .groupIdIn(Groups.SUPERVISOR).resourceType(Resources.TASK).resourceId("*").singleResult();
        supervisorTasks.addPermission(org.camunda.bpm.engine.authorization.Permissions.UPDATE);
        authorizations.saveAuthorization(supervisorTasks);

        accessModel.createGroupsAndPermissions();

        assertThat(authorizations.isUserAuthorized("analis", java.util.List.of(Groups.ANALYST),
                org.camunda.bpm.engine.authorization.Permissions.DELETE, Resources.PROCESS_DEFINITION,
                "complaint-handling")).isFalse();
        assertThat(authorizations.isUserAuthorized("analis", java.util.List.of(Groups.ANALYST),
                ProcessDefinitionPermissions.SUSPEND, Resources.PROCESS_DEFINITION, "complaint-handling")).isFalse();
        assertThat(authorizations.isUserAuthorized("analis", java.util.List.of(Groups.ANALYST),
                org.camunda.bpm.engine.authorization.Permissions.READ, Resources.PROCESS_DEFINITION,
                "complaint-handling")).isTrue();
        assertThat(authorizations.isUserAuthorized("supervisor", java.util.List.of(Groups.SUPERVISOR),
                org.camunda.bpm.engine.authorization.Permissions.UPDATE, Resources.TASK, "any-task")).isFalse();
        assertThat(authorizations.isUserAuthorized("supervisor", java.util.List.of(Groups.SUPERVISOR),
                org.camunda.bpm.engine.authorization.TaskPermissions.TASK_ASSIGN, Resources.TASK, "any-task")).isTrue();
    }

    @Test
    void onlyAnalystsAndAdministratorsMayDeploy() {
        ResponseEntity<String> analyst = deploy("analis");
        assertThat(analyst.getStatusCode()).as(analyst.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(deploy("peksos").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(deploy("supervisor").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<String> deploy(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        var body = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        body.add("deployment-name", "access-test-" + user);
        body.add("enable-duplicate-filtering", "true");
        body.add("data", new org.springframework.core.io.ByteArrayResource(
                ("<?xml version=\"1.0\"?><definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" "
                        + "xmlns:camunda=\"http://camunda.org/schema/1.0/dmn\" id=\"d\" name=\"d\" namespace=\"x\">"
                        + "<decision id=\"accessTest\" name=\"t\" camunda:historyTimeToLive=\"1\"><decisionTable id=\"t\">"
                        + "<input id=\"i\"><inputExpression id=\"e\" typeRef=\"string\"><text>a</text></inputExpression></input>"
                        + "<output id=\"o\" name=\"b\" typeRef=\"string\"/></decisionTable></decision></definitions>").getBytes()) {
            @Override
            public String getFilename() {
                return "access-test.dmn";
            }
        });
        return http.withBasicAuth(user, "demo").exchange("/engine-rest/deployment/create", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
    }

    private boolean taskForCase(JsonNode tasks, String number) {
        for (JsonNode task : tasks) {
            String pi = task.get("processInstanceId").asText();
            JsonNode instance = list("admin", "/engine-rest/process-instance/" + pi);
            if (number.equals(instance.get("businessKey").asText())) {
                return true;
            }
        }
        return false;
    }

    private JsonNode list(String user, String path) {
        try {
            return json.readTree(http.withBasicAuth(user, "demo").getForEntity(path, String.class).getBody());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
