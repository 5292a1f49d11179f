package id.slrt.caseengine.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * An analyst deploys through the engine REST API (as Camunda Modeler does); a diagram with a defect is refused
 * with a message that names it, a correct one deploys.
 */
@IntegrationTest
class DeploymentContractCheckTest {

    static final String FORM = """
            {"id": "check-test-form", "type": "default", "schemaVersion": 16, "components": [
              {"id": "f1", "key": "decision", "label": "Keputusan", "type": "textfield"}]}""";

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @Test
    void aCorrectDiagramDeploys() {
        ResponseEntity<String> response = deploy("ok", process("check-ok"), true);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aDelegateBeanThatDoesNotExistIsNamed() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("check-bean").camundaHistoryTimeToLive(30)
                .startEvent().serviceTask("Fax").name("Kirim faks").camundaDelegateExpression("${sendFax}")
                .endEvent().done();
        assertRejectedModel(model, "'Kirim faks' (Fax): langkah 'sendFax' (delegateExpression) tidak ada di aplikasi");
    }

    @Test
    void aMissingRequiredInputIsNamed() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("check-input").camundaHistoryTimeToLive(30)
                .startEvent().serviceTask("Close").name("Tutup").camundaDelegateExpression("${closeCase}")
                .endEvent().done();
        assertRejectedModel(model, "membutuhkan parameter masukan 'outcome'");
    }

    @Test
    void aUserTaskWithoutFormGroupOrDueDateIsNamedThreeTimes() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("check-user").camundaHistoryTimeToLive(30)
                .startEvent().userTask("Bare").name("Tugas polos").endEvent().done();
        ResponseEntity<String> response = deploy("user", model, false);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("'Tugas polos' (Bare): tugas pengguna tanpa formulir")
                .contains("tanpa kelompok kandidat").contains("tanpa tenggat");
    }

    @Test
    void aFormOrDecisionThatIsNotDeployedIsNamed() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("check-refs").camundaHistoryTimeToLive(30)
                .startEvent()
                .userTask("Ask").name("Tanya").camundaFormRef("no-such-form").camundaFormRefBinding("deployment")
                .camundaCandidateGroups("caseworker").camundaDueDate("P1D")
                .businessRuleTask("Decide").name("Putuskan").camundaDecisionRef("noSuchDecision")
                .camundaResultVariable("result").camundaMapDecisionResult("singleEntry")
                .endEvent().done();
        ResponseEntity<String> response = deploy("refs", model, false);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("formulir 'no-such-form' tidak ada di deployment ini")
                .contains("tabel keputusan (DMN) 'noSuchDecision' belum di-deploy");
    }

    @Test
    void anExternalTaskTopicNobodyServesIsNamed() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("check-topic").camundaHistoryTimeToLive(30)
                .startEvent().serviceTask("Ask").name("Tanya instansi").camundaExternalTask("fax-machine")
                .boundaryEvent("Late").timerWithDuration("P1D").endEvent()
                .moveToActivity("Ask").endEvent().done();
        assertRejectedModel(model, "topik external task 'fax-machine' tidak dilayani");
    }

    @Test
    void aWaitWithoutADeadlineIsNamed() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("check-wait").camundaHistoryTimeToLive(30)
                .startEvent().receiveTask("Wait").name("Tunggu surat").message("surat").endEvent().done();
        assertRejectedModel(model, "'Tunggu surat' (Wait): menunggu pesan tanpa batas waktu");
    }

    @Test
    void aConditionOnAVariableNothingProducesIsNamed() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("check-var").camundaHistoryTimeToLive(30)
                .startEvent()
                .userTask("Ask").name("Tanya").camundaFormRef("check-test-form").camundaFormRefBinding("deployment")
                .camundaCandidateGroups("caseworker").camundaDueDate("P1D")
                .exclusiveGateway("Which")
                .condition("ya", "${decison == 'YES'}").endEvent("Yes")
                .moveToNode("Which").condition("tidak", "${decision == 'NO'}").endEvent("No")
                .done();
        ResponseEntity<String> response = deploy("var", model, true);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("variabel 'decison'").doesNotContain("variabel 'decision'");
    }

    @Test
    void aRefusedDeploymentLeavesNothingDeployed() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("check-nothing-left").camundaHistoryTimeToLive(30)
                .startEvent().userTask("Bare").endEvent().done();
        assertThat(deploy("nothing", model, false).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        String definitions = http.withBasicAuth("admin", "demo")
                .getForObject("/engine-rest/process-definition?key=check-nothing-left", String.class);
        assertThat(definitions).isEqualTo("[]");
    }

    private void assertRejectedModel(BpmnModelInstance model, String... expected) {
        ResponseEntity<String> response = deploy(model.getDefinitions().getId(), model, false);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains(expected);
    }

    private BpmnModelInstance process(String key) {
        return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(30)
                .startEvent()
                .userTask("Ask").name("Tanya").camundaFormRef("check-test-form").camundaFormRefBinding("deployment")
                .camundaCandidateGroups("caseworker").camundaDueDate("P1D")
                .endEvent().done();
    }

    private ResponseEntity<String> deploy(String name, BpmnModelInstance model, boolean withForm) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("check-" + name + ".bpmn", Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8));
        if (withForm) {
            files.put("check-test-form.form", FORM.getBytes(StandardCharsets.UTF_8));
        }
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("deployment-name", "check-" + name);
        files.forEach((file, bytes) -> body.add(file, new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return file;
            }
        }));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth("analis", "demo").exchange("/engine-rest/deployment/create", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
    }
}
