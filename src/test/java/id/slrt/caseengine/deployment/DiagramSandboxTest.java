package id.slrt.caseengine.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.slrt.caseengine.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The attacks of the security probe on deployments: an analyst's diagram that runs an OS command or changes
 * group memberships from a job (which runs without a user), Java classes, scripts, Java calls from DMN and form
 * conditions, and a malicious deployment that reached the database without passing the deploy-time check. Each
 * is refused where the engine parses or evaluates, and nothing runs.
 */
@IntegrationTest
class DiagramSandboxTest {

    static final String HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Defs" targetNamespace="http://slrt.example/attack">
            """;

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;

    final Path marker = Path.of(System.getProperty("java.io.tmpdir"), "slrt-attack-" + UUID.randomUUID());

    @AfterEach
    void noCommandRan() {
        runDueJobs();
        assertThat(marker).as("the OS command of an attack ran").doesNotExist();
        assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("supervisor").userId("analis").count())
                .as("an attack made the analyst a supervisor").isZero();
    }

    @Test
    void anExpressionThatRunsAnOsCommandFromATimerIsRefused() {
        ResponseEntity<String> response = deploy("analis", "attack-os", timerStartWith(
                "camunda:expression=\"${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime')"
                        + ".invoke(null).exec('touch " + marker + "')}\""));
        assertRefused(response, "'Langkah' (Step): ekspresi", "tidak diizinkan");
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("attack-os")
                .count()).isZero();
    }

    @Test
    void anExpressionThatAddsTheAnalystToTheSupervisorsIsRefused() {
        assertRefused(deploy("analis", "attack-groups", timerStartWith(
                        "camunda:expression=\"${identityService.createMembership('analis', 'supervisor')}\"")),
                "metode bean 'identityService' tidak boleh dipanggil dalam diagram");
        assertRefused(deploy("analis", "attack-services", timerStartWith(
                        "camunda:expression=\"${execution.getProcessEngineServices().getIdentityService()"
                                + ".createMembership('analis', 'supervisor')}\"")),
                "'execution.getProcessEngineServices(...)' tidak diizinkan");
        assertRefused(deploy("analis", "attack-property", timerStartWith(
                        "camunda:expression=\"${execution.processEngineServices.identityService}\"")),
                "properti dari 'execution' tidak boleh dibaca");
    }

    @Test
    void javaClassesAreForAdministratorsOnly() {
        String withClass = timerStartWith("camunda:class=\"java.lang.ProcessBuilder\"");
        assertRefused(deploy("analis", "attack-class", withClass),
                "kelas Java (camunda:class=", "java.lang.ProcessBuilder", "hanya boleh di-deploy oleh administrator");
        assertThat(deploy("admin", "admin-class", userTaskProcess("admin-class",
                "<bpmn:serviceTask id=\"Step\" name=\"Langkah\" camunda:class=\"" + MarkingDelegate.class.getName()
                        + "\" />")).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(engine.getRuntimeService().getVariable(engine.getRuntimeService()
                .startProcessInstanceByKey("admin-class").getId(), "markedByClassDelegate")).isEqualTo(true);
        // Parsed again (a restart, another node): still the administrator's deployment.
        configuration().getDeploymentCache().discardProcessDefinitionCache();
        assertThat(engine.getRuntimeService().getVariable(engine.getRuntimeService()
                .startProcessInstanceByKey("admin-class").getId(), "markedByClassDelegate")).isEqualTo(true);
    }

    @Test
    void scriptsFieldInjectionConnectorsAndResourcesAreRefusedEverywhere() {
        String xml = HEADER + """
                  <bpmn:process id="attack-scripts" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="Start">
                      <bpmn:extensionElements>
                        <camunda:executionListener event="start">
                          <camunda:script scriptFormat="javascript">java.lang.Runtime.getRuntime()</camunda:script>
                        </camunda:executionListener>
                      </bpmn:extensionElements>
                    </bpmn:startEvent>
                    <bpmn:scriptTask id="Script" name="Skrip" scriptFormat="groovy"><bpmn:script>1</bpmn:script></bpmn:scriptTask>
                    <bpmn:serviceTask id="Inject" name="Injeksi" camunda:delegateExpression="${recordCaseEvent}">
                      <bpmn:extensionElements>
                        <camunda:field name="events"><camunda:string>x</camunda:string></camunda:field>
                        <camunda:inputOutput>
                          <camunda:inputParameter name="eventType"><camunda:script scriptFormat="js" camunda:resource="deployment://x.js" /></camunda:inputParameter>
                        </camunda:inputOutput>
                      </bpmn:extensionElements>
                    </bpmn:serviceTask>
                    <bpmn:exclusiveGateway id="Which" />
                    <bpmn:endEvent id="End" />
                    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Script" />
                    <bpmn:sequenceFlow id="F2" sourceRef="Script" targetRef="Inject" />
                    <bpmn:sequenceFlow id="F3" sourceRef="Inject" targetRef="Which" />
                    <bpmn:sequenceFlow id="F4" sourceRef="Which" targetRef="End">
                      <bpmn:conditionExpression language="javascript">true</bpmn:conditionExpression>
                    </bpmn:sequenceFlow>
                  </bpmn:process>
                </bpmn:definitions>
                """;
        ResponseEntity<String> response = deploy("analis", "attack-scripts", xml);
        assertRefused(response, "'Skrip' (Script): tugas skrip (scriptTask) tidak diizinkan",
                "Start: camunda:script tidak diizinkan", "'Injeksi' (Inject): camunda:field tidak diizinkan",
                "sumber eksternal (camunda:resource) tidak diizinkan",
                "F4: skrip atau kondisi berbahasa 'javascript' tidak diizinkan");
    }

    @Test
    void decisionTablesMayNotCallJavaInAnyLanguage() {
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="AttackDmn" name="x"
                    namespace="http://slrt.example/attack">
                  <decision id="attackDecision" name="Serangan">
                    <decisionTable id="Table" hitPolicy="FIRST">
                      <input id="In1"><inputExpression id="E1" typeRef="string" expressionLanguage="javascript"><text>java.lang.System.exit(1)</text></inputExpression></input>
                      <input id="In2"><inputExpression id="E2" typeRef="string" expressionLanguage="juel"><text>${''.getClass().getName()}</text></inputExpression></input>
                      <input id="In3"><inputExpression id="E3" typeRef="string"><text>person.getName()</text></inputExpression></input>
                      <output id="Out" name="result" typeRef="string" />
                      <rule id="R1">
                        <inputEntry id="I1"><text>-</text></inputEntry>
                        <inputEntry id="I2"><text>-</text></inputEntry>
                        <inputEntry id="I3"><text>-</text></inputEntry>
                        <outputEntry id="O1"><text>(function(x) external { java: { class: "java.lang.System", method signature: "exit(int)" } })(1)</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """;
        ResponseEntity<String> response = deployFiles("analis", Map.of("attack.dmn", dmn));
        assertRefused(response, "E1: bahasa ekspresi 'javascript' tidak diizinkan",
                "E2: ekspresi '${''.getClass().getName()}': metode 'getClass(...)' tidak diizinkan",
                "E3: FEEL 'person.getName()': memanggil metode objek", "O1: FEEL", "fungsi external (Java) tidak diizinkan");
    }

    @Test
    void formConditionsMayNotCallJava() {
        String form = """
                {"id": "attack-form", "type": "default", "schemaVersion": 16, "components": [
                  {"id": "f1", "key": "x", "label": "X", "type": "textfield",
                   "conditional": {"hide": "=applicant.getClass() = null"}}]}""";
        assertRefused(deployFiles("analis", Map.of("attack.form", form)), "attack.form: FEEL 'applicant.getClass() = null'");
    }

    @Test
    void aMaliciousDeploymentThatReachedTheDatabaseAnotherWayNeverRuns() {
        String harmless = userTaskProcess("stored-attack", "<bpmn:serviceTask id=\"Step\" name=\"Langkah\" "
                + "camunda:expression=\"${execution.getVariable('x')}\" />");
        ResponseEntity<String> deployed = deploy("analis", "stored-attack", harmless);
        assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
        String malicious = harmless.replace("${execution.getVariable('x')}",
                "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch "
                        + marker + "')}");
        int changed = jdbc.sql("""
                        update act_ge_bytearray set bytes_ = ? where name_ = 'stored-attack.bpmn'
                           and deployment_id_ = (select deployment_id_ from act_re_procdef where key_ = 'stored-attack')""")
                .params((Object) malicious.getBytes(StandardCharsets.UTF_8)).update();
        assertThat(changed).isEqualTo(1);
        configuration().getDeploymentCache().discardProcessDefinitionCache();

        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("stored-attack",
                Map.of("x", "1")))
                .hasMessageContaining("Deployment ditolak").hasMessageContaining("tidak diizinkan");
    }

    @Test
    void theEngineRefusesReflectionAndEngineServicesWhenItEvaluates() {
        deploy("analis", "evaluated", userTaskProcess("evaluated", ""));
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("evaluated",
                Map.of("x", "nilai", "details", Map.of("sentAt", "kemarin")));

        assertThat(evaluate(instance, "${execution.getVariable('x')}")).isEqualTo("nilai");
        assertThat(evaluate(instance, "${details.sentAt}")).isEqualTo("kemarin");
        assertThat(evaluate(instance, "${x == 'nilai' ? 1 : 2}")).isEqualTo(1L);
        assertThat(evaluate(instance, "${dates.longDate('2026-12-03T10:00:00+07:00')}")).isEqualTo("Kamis, 3 Desember 2026");
        assertThat(evaluate(instance, "${sla}")).isNotNull();

        for (String attack : List.of("${''.getClass()}", "${x.getClass().getName()}", "${x.class}",
                "${identityService}", "${processEngine}", "${execution.getProcessEngineServices()}",
                "${execution.processEngine}", "${execution.getProcessEngine()}", "${sla.getClass()}",
                "${registerCase.execute(execution)}", "${S('{}')}", "${details.getClass()}")) {
            assertThatThrownBy(() -> evaluate(instance, attack)).as(attack).isInstanceOf(RuntimeException.class);
        }
    }

    private Object evaluate(ProcessInstance instance, String expression) {
        ProcessEngineConfigurationImpl configuration = configuration();
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            ExecutionEntity execution = context.getExecutionManager().findExecutionById(instance.getId());
            return configuration.getExpressionManager().createExpression(expression).getValue(execution);
        });
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    private void runDueJobs() {
        for (Job job : engine.getManagementService().createJobQuery().executable().list()) {
            try {
                engine.getManagementService().executeJob(job.getId());
            } catch (RuntimeException refused) {
                // a refused expression fails its job: that is the point
            }
        }
    }

    static void assertRefused(ResponseEntity<String> response, String... expected) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains(expected);
    }

    /** A process that starts by itself (a timer in the past) and runs one service task: a job without a user. */
    static String timerStartWith(String serviceTaskAttributes) {
        return HEADER + """
                  <bpmn:process id="attack" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="Start">
                      <bpmn:timerEventDefinition id="Timer"><bpmn:timeDate>2020-01-01T00:00:00</bpmn:timeDate></bpmn:timerEventDefinition>
                    </bpmn:startEvent>
                    <bpmn:serviceTask id="Step" name="Langkah" %s />
                    <bpmn:endEvent id="End" />
                    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Step" />
                    <bpmn:sequenceFlow id="F2" sourceRef="Step" targetRef="End" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(serviceTaskAttributes);
    }

    /** A process with an optional first element and a wait state, so its execution can be inspected. */
    static String userTaskProcess(String key, String firstElement) {
        boolean step = !firstElement.isEmpty();
        return HEADER + """
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="Start" />
                    %s
                    <bpmn:receiveTask id="Wait" messageRef="Never" />
                    <bpmn:boundaryEvent id="Late" attachedToRef="Wait">
                      <bpmn:timerEventDefinition id="LateTimer"><bpmn:timeDuration>P3650D</bpmn:timeDuration></bpmn:timerEventDefinition>
                    </bpmn:boundaryEvent>
                    <bpmn:endEvent id="End" />
                    <bpmn:endEvent id="LateEnd" />
                    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="%s" />
                    %s
                    <bpmn:sequenceFlow id="F3" sourceRef="Wait" targetRef="End" />
                    <bpmn:sequenceFlow id="F4" sourceRef="Late" targetRef="LateEnd" />
                  </bpmn:process>
                  <bpmn:message id="Never" name="never" />
                </bpmn:definitions>
                """.formatted(key, firstElement, step ? "Step" : "Wait",
                step ? "<bpmn:sequenceFlow id=\"F2\" sourceRef=\"Step\" targetRef=\"Wait\" />" : "");
    }

    ResponseEntity<String> deploy(String user, String name, String bpmn) {
        return deployFiles(user, Map.of(name + ".bpmn", bpmn.replace("id=\"attack\"", "id=\"" + name + "\"")));
    }

    ResponseEntity<String> deployFiles(String user, Map<String, String> files) {
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("deployment-name", "attack-" + UUID.randomUUID());
        new LinkedHashMap<>(files).forEach((file, text) -> body.add(file,
                new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
                    @Override
                    public String getFilename() {
                        return file;
                    }
                }));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, "demo").exchange("/engine-rest/deployment/create", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
    }
}
