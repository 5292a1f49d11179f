package id.slrt.caseengine.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.support.IntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A new version leaves running cases where they are; the migration endpoint first reports, then moves the
 * cases whose waiting step exists in the new version.
 */
@IntegrationTest
class ProcessMigrationTest {

    static final String FORM = "{\"id\": \"migration-test-form\", \"type\": \"default\", \"schemaVersion\": 16, \"components\": []}";

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @Test
    void runningCasesStayOnTheirVersionUntilMigratedAndUnmappableStepsAreReported() throws Exception {
        deploy(version("Check", "Visit"));
        ProcessInstance atCheck = runtime.startProcessInstanceByKey("migration-test");
        ProcessInstance atVisit = runtime.startProcessInstanceByKey("migration-test");
        tasks.complete(tasks.createTaskQuery().processInstanceId(atVisit.getId()).singleResult().getId());
        String v1 = atCheck.getProcessDefinitionId();

        deploy(version("Check", "HomeVisit"));
        assertThat(runtime.createProcessInstanceQuery().processDefinitionId(v1).count())
                .as("deploying version 2 leaves both cases on version 1").isEqualTo(2);

        assertThat(post("peksos", true).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode dryRun = json.readTree(post("analis", true).getBody());
        JsonNode report = dryRun.get("versions").get(0);
        assertThat(dryRun.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("runningCases").asInt()).isEqualTo(2);
        assertThat(report.get("unmappedWaitingSteps").get("Visit").asInt()).isEqualTo(1);
        assertThat(report.get("migrated").asInt()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionId(v1).count()).isEqualTo(2);

        JsonNode done = json.readTree(post("analis", false).getBody()).get("versions").get(0);
        assertThat(done.get("migrated").asInt()).isEqualTo(1);
        assertThat(done.get("leftOnOldVersion").asInt()).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(atCheck.getId()).singleResult()
                .getProcessDefinitionId()).isNotEqualTo(v1);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(atVisit.getId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(v1);
    }

    private ResponseEntity<String> post(String user, boolean dryRun) {
        return http.withBasicAuth(user, "demo")
                .postForEntity("/api/admin/process-migrations/migration-test?dryRun=" + dryRun, null, String.class);
    }

    private void deploy(BpmnModelInstance model) {
        repository.createDeployment().name("migration-test")
                .addModelInstance("migration-test.bpmn", model)
                .addString("migration-test.form", FORM)
                .deploy();
    }

    private static BpmnModelInstance version(String first, String second) {
        return Bpmn.createExecutableProcess("migration-test").camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask(first).name("Pemeriksaan").camundaFormRef("migration-test-form")
                .camundaFormRefBinding("deployment").camundaCandidateGroups("caseworker").camundaDueDate("P1D")
                .userTask(second).name("Kunjungan").camundaFormRef("migration-test-form")
                .camundaFormRefBinding("deployment").camundaCandidateGroups("caseworker").camundaDueDate("P1D")
                .endEvent().done();
    }

}
