package id.slrt.caseengine.integration;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.caseengine.support.IntegrationTest;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** A stand-in answers its topic like a real worker would: complete, BPMN error, or a failure with retries. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalStandInWorkerTest {

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ExternalTaskService externalTasks;
    @Autowired
    ManagementService management;
    @Autowired
    EchoStandIn standIn;

    @BeforeAll
    void deployEchoProcess() {
        repository.createDeployment().name("echo-test").addModelInstance("echo-test.bpmn",
                Bpmn.createExecutableProcess("echo-test").camundaHistoryTimeToLive(1)
                        .startEvent().serviceTask("Ask").camundaExternalTask("test-echo").camundaTaskPriority("1")
                        .boundaryEvent("Refused").error("ECHO_REFUSED").endEvent("RefusedEnd")
                        .moveToActivity("Ask").boundaryEvent("Late").timerWithDuration("P1D").endEvent("LateEnd")
                        .moveToActivity("Ask").receiveTask("Done").message("done")
                        .boundaryEvent("DoneLate").timerWithDuration("P1D").endEvent("DoneLateEnd")
                        .moveToActivity("Done").endEvent().done()).deploy();
    }

    @Test
    void aCompletedTaskCarriesTheStandInsVariables() {
        ProcessInstance instance = runtime.startProcessInstanceByKey("echo-test", Map.of("echo", "halo"));
        assertThat(standIn.pollOnce()).isEqualTo(1);
        assertThat(runtime.getVariable(instance.getId(), "echoed")).isEqualTo("HALO");
        assertThat(runtime.getActiveActivityIds(instance.getId())).containsExactly("Done");
    }

    @Test
    void aRefusalIsABpmnErrorTheDiagramCatches() {
        ProcessInstance instance = runtime.startProcessInstanceByKey("echo-test", Map.of("echo", "refuse"));
        standIn.pollOnce();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void aCrashIsAFailureWithOneRetryLessAndTheTaskStaysForLater() {
        ProcessInstance instance = runtime.startProcessInstanceByKey("echo-test", Map.of("echo", "crash"));
        standIn.pollOnce();
        ExternalTask task = externalTasks.createExternalTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(task.getRetries()).isEqualTo(2);
        assertThat(task.getErrorMessage()).contains("agency system unavailable");
        assertThat(standIn.pollOnce()).as("locked until the retry time has passed").isZero();
        runtime.deleteProcessInstance(instance.getId(), "test done");
    }
}
