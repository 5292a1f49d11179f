package id.slrt.caseengine.security;

import static id.slrt.caseengine.security.EngineRestAccessMatrixTest.On.AGENCY;
import static id.slrt.caseengine.security.EngineRestAccessMatrixTest.On.CHILD;
import static id.slrt.caseengine.security.EngineRestAccessMatrixTest.On.CHILD_NEW;
import static id.slrt.caseengine.security.EngineRestAccessMatrixTest.On.FINISHED;
import static id.slrt.caseengine.security.EngineRestAccessMatrixTest.On.FINISHED_CHILD;
import static id.slrt.caseengine.security.EngineRestAccessMatrixTest.On.FINISHED_OTHER;
import static id.slrt.caseengine.security.EngineRestAccessMatrixTest.On.OFFICE;
import static id.slrt.caseengine.security.EngineRestAccessMatrixTest.On.OTHER;
import static id.slrt.caseengine.security.EngineRestAccessMatrixTest.On.OWN;
import static id.slrt.caseengine.security.EngineRestAccessMatrixTest.On.SELF;
import static id.slrt.caseengine.security.EngineRestAccessMatrixTest.On.WAITING;
import static id.slrt.caseengine.security.EngineRestAccessMatrixTest.On.WAITING_OTHER;
import static id.slrt.caseengine.security.EngineRestAccessMatrixTest.Role.ADMIN;
import static id.slrt.caseengine.security.EngineRestAccessMatrixTest.Role.ANALIS;
import static id.slrt.caseengine.security.EngineRestAccessMatrixTest.Role.OPD;
import static id.slrt.caseengine.security.EngineRestAccessMatrixTest.Role.OPERATOR;
import static id.slrt.caseengine.security.EngineRestAccessMatrixTest.Role.PEKSOS;
import static id.slrt.caseengine.security.EngineRestAccessMatrixTest.Role.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.slrt.caseengine.support.IntegrationTest;
import id.slrt.caseengine.system.Groups;
import id.slrt.caseengine.support.TestCases;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Every role against every engine REST route of Camunda 7.24 that creates or changes instances, executions,
 * variables, messages, signals, jobs, tasks, users, groups, tenants, authorizations, deployments, filters, batches
 * and incidents, on real targets: a complaint of the demo staff's own regency (3516, opened through {@code /api/cases}
 * by the front office), one of another office's regency (3578, opened by the administrator), a child's case
 * ({@code ABH_ASSISTANCE}) assigned to another caseworker and one still waiting for its caseworker, a BPJS case waiting
 * for an agency (external task), cases whose process was cancelled, instances of a test process waiting for a message
 * and a signal, and the office's identity data (test users, group, tenant, authorization, the shared Tasklist filter).
 *
 * <p>{@link #accessModel()} is the table: one row per route and what it is done to; {@code allow} names who may, on
 * which target; everyone else is refused. For each row, target and role the test calls the route and expects:
 * <ul>
 *   <li><b>allowed</b>: 2xx, and the change happened (on a fresh target when the change would use it up);</li>
 *   <li><b>refused</b>: 4xx with a problem document, and nothing changed: the target's executions, variables, tasks,
 *       assignees, candidate links, jobs, external tasks, comments and case file, every instance, user, group,
 *       membership, tenant, authorization, filter, deployment, definition, job definition and batch are as they
 *       were;</li>
 *   <li><b>nothing</b>: 2xx that changes nothing (a fetch that finds no task the caller may lock);</li>
 *   <li><b>hole</b>: allowed today although it should not be (see the {@code HOLE:} comments): asserted as it is, so
 *       a fix shows up here, where the row moves to refused;</li>
 *   <li><b>server error</b>: a 500 problem document that changes nothing, where a 4xx belongs (a {@code HOLE:} too);</li>
 *   <li><b>refused but changed</b>: refused, yet the named table changed (a {@code HOLE:} too).</li>
 * </ul>
 * Never a 5xx unless a row says {@code HOLE}; {@code docs/security.md} has the table in prose. The demo users are
 * those of {@link DemoUsers} (password {@code demo}); they work every demo regency but 3578.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineRestAccessMatrixTest {

    // =============================================================================================================
    // The access model: one row per state-changing route of the engine REST API
    // =============================================================================================================

    List<Route> accessModel() {
        return List.of(
                // ---------------------------------------------------------------------------- process definitions
                // Nobody starts a case process directly: the registerCase step refuses a process the intake did not
                // start, even with the caseId of a real case (400; analysts and the OPD liaison may not start at all).
                route("process-definition", "start a case process with the target's caseId", POST,
                        "/process-definition/key/{processKey}/start")
                        .body(c -> Map.of("variables", Map.of("caseId", typed(c.caseId(), "Long"),
                                "regionCode", typed("3516", "String"))))
                        .on(OWN, OTHER, CHILD),
                // Starting at an activity (startInstructions) never reaches the registerCase step; the case process's
                // built-in start listener (casefile/CaseBindingGuard) refuses it all the same, for everyone.
                route("process-definition", "start a case process at its first user task, with the target's caseId",
                        POST, "/process-definition/key/{processKey}/start")
                        .body(c -> Map.of("variables", Map.of("caseId", typed(c.caseId(), "Long"),
                                        "regionCode", typed("3516", "String")),
                                "startInstructions", List.of(Map.of("type", "startBeforeActivity",
                                        "activityId", c.get("firstTaskKey")))))
                        .on(OWN, OTHER, CHILD),
                route("process-definition", "start a process that opens no case", POST,
                        "/process-definition/key/" + PROBE + "/start")
                        .body(c -> Map.of("variables", Map.of("regionCode", typed("3516", "String"))))
                        .on(OFFICE).allow(ADMIN, OPERATOR, PEKSOS, SUPERVISOR)
                        .counting("probes", EngineRestAccessMatrixTest::probeInstances)
                        .effect(c -> assertThat(probeInstances()).isGreaterThan(c.probesBefore())),
                // The start form goes through the intake: a case of a regency the user works, any service.
                route("process-definition", "submit the start form", POST,
                        "/process-definition/key/{processKey}/submit-form")
                        .body(c -> Map.of("variables", startForm(c)))
                        .on(OWN, OTHER, CHILD).withoutTarget()
                        .allow(ADMIN).allow(OWN, OPERATOR, PEKSOS, SUPERVISOR).allow(CHILD, OPERATOR, PEKSOS, SUPERVISOR)
                        .counting("caseFiles", EngineRestAccessMatrixTest::caseFiles)
                        .effect(c -> assertThat(caseFiles()).isGreaterThan(c.caseFilesBefore())),
                // Restarting a cancelled case process is refused by the same start listener (no intake opens a case).
                route("process-definition", "restart a cancelled case process at its first user task", POST,
                        "/process-definition/{definition}/restart")
                        .body(c -> Map.of("processInstanceIds", List.of(c.get("instance")),
                                "instructions", List.of(Map.of("type", "startBeforeActivity",
                                        "activityId", c.get("firstTaskKey")))))
                        .on(FINISHED, FINISHED_OTHER, FINISHED_CHILD),
                route("process-definition", "restart a cancelled case process (batch)", POST,
                        "/process-definition/{definition}/restart-async")
                        .body(c -> Map.of("processInstanceIds", List.of(c.get("instance")),
                                "instructions", List.of(Map.of("type", "startBeforeActivity",
                                        "activityId", c.get("firstTaskKey")))))
                        // The administrator may create the batch; its job then meets the case process's start listener.
                        .on(FINISHED, FINISHED_OTHER, FINISHED_CHILD).allow(ADMIN)
                        .effect(c -> {
                            assertThatThrownBy(() -> runBatch(c)).hasMessageContaining("Kasus hanya dapat dibuka");
                            assertThat(instancesBoundTo(c.caseId())).isZero();
                        }),
                route("process-definition", "suspend a process definition", PUT, "/process-definition/{definition}/suspended")
                        .body(c -> Map.of("suspended", true, "includeProcessInstances", false))
                        .on(OFFICE).prepare(c -> c.put("definition", probeDefinition().getId()))
                        .allow(ADMIN)
                        .effect(c -> assertThat(repository.getProcessDefinition(c.get("definition")).isSuspended()).isTrue())
                        .undo(c -> repository.activateProcessDefinitionById(c.get("definition"))),
                route("process-definition", "suspend a process definition with its instances", PUT,
                        "/process-definition/{definition}/suspended")
                        .body(c -> Map.of("suspended", true, "includeProcessInstances", true))
                        .on(OFFICE).prepare(c -> c.put("definition", probeDefinition().getId()))
                        .allow(ADMIN)
                        .effect(c -> assertThat(repository.getProcessDefinition(c.get("definition")).isSuspended()).isTrue())
                        .undo(c -> repository.activateProcessDefinitionById(c.get("definition"), true, null)),
                route("process-definition", "change a definition's history time to live", PUT,
                        "/process-definition/{definition}/history-time-to-live")
                        .body(c -> Map.of("historyTimeToLive", 30))
                        .on(OFFICE).prepare(c -> c.put("definition", probeDefinition().getId()))
                        .allow(ADMIN)
                        .effect(c -> assertThat(repository.getProcessDefinition(c.get("definition")).getHistoryTimeToLive())
                                .isEqualTo(30))
                        .undo(c -> repository.updateProcessDefinitionHistoryTimeToLive(c.get("definition"), 1)),
                route("process-definition", "delete a definition with its running instances", DELETE,
                        "/process-definition/{definition}?cascade=true")
                        .on(OFFICE).prepare(c -> c.put("definition", c.fresh() ? disposableDefinition("system")
                                : sharedDisposableDefinition()))
                        .allow(ADMIN)
                        .effect(c -> assertThat(repository.createProcessDefinitionQuery()
                                .processDefinitionId(c.get("definition")).count()).isZero()),

                // ------------------------------------------------------------------------------------ deployments
                route("deployment", "deploy", POST, "/deployment/create")
                        .multipart(c -> deploymentOf("access-matrix-new-" + SEQUENCE.incrementAndGet()))
                        .on(OFFICE).allow(ADMIN, ANALIS)
                        .counting("deployments", EngineRestAccessMatrixTest::deployments)
                        .effect(c -> assertThat(deployments()).isGreaterThan(c.deploymentsBefore())),
                route("deployment", "redeploy", POST, "/deployment/{deployment}/redeploy")
                        .body(c -> Map.of())
                        .on(OFFICE).prepare(c -> c.put("deployment", probeDefinition().getDeploymentId()))
                        .allow(ADMIN, ANALIS)
                        .counting("deployments", EngineRestAccessMatrixTest::deployments)
                        .effect(c -> assertThat(deployments()).isGreaterThan(c.deploymentsBefore())),
                route("deployment", "delete someone else's deployment with its running instances", DELETE,
                        "/deployment/{deployment}?cascade=true")
                        .on(OFFICE).prepare(c -> c.put("deployment", repository.getProcessDefinition(c.fresh()
                                ? disposableDefinition("system") : sharedDisposableDefinition()).getDeploymentId()))
                        .allow(ADMIN)
                        .effect(c -> assertThat(repository.createDeploymentQuery().deploymentId(c.get("deployment"))
                                .count()).isZero()),
                // The engine granted whoever deploys DELETE on the deployment; security/OfficeAuthorizationProvider
                // grants READ only, so an analyst cannot remove a deployment with every case started on it.
                route("deployment", "delete one's own deployment with its running instances", DELETE,
                        "/deployment/{deployment}?cascade=true")
                        .on(OFFICE).allow(ADMIN)
                        .prepare(c -> c.put("deployment", repository.getProcessDefinition(c.fresh()
                                ? disposableDefinition("analis") : analystsDisposableDefinition()).getDeploymentId()))
                        .effect(c -> assertThat(repository.createDeploymentQuery().deploymentId(c.get("deployment"))
                                .count()).isZero()),

                // ---------------------------------------------------------------------------- decision definitions
                route("decision-definition", "evaluate the service routing table", POST,
                        "/decision-definition/key/serviceProcess/evaluate")
                        .body(c -> Map.of("variables", Map.of("serviceType", typed("COMPLAINT", "String"))))
                        .on(OFFICE).allow(ADMIN),
                route("decision-definition", "change the routing table's history time to live", PUT,
                        "/decision-definition/{decision}/history-time-to-live")
                        .body(c -> Map.of("historyTimeToLive", 30))
                        .on(OFFICE).allow(ADMIN)
                        .counting("decisionTtl", test -> test.routingDecision().getHistoryTimeToLive())
                        .prepare(c -> c.put("decision", routingDecision().getId()))
                        .effect(c -> assertThat(repository.getDecisionDefinition(c.get("decision")).getHistoryTimeToLive())
                                .isEqualTo(30))
                        .undo(c -> repository.updateDecisionDefinitionHistoryTimeToLive(c.get("decision"),
                                c.decisionTtlBefore())),

                // ------------------------------------------------------------------------------ process instances
                // The child's diversion deadline is computed after the assignment, not in the AssignCaseworker task's
                // output (a cancelled task evaluated it without the date and failed).
                route("process-instance", "delete", DELETE, "/process-instance/{instance}")
                        .on(OWN, OTHER, CHILD, CHILD_NEW).allow(ADMIN)
                        .effect(c -> assertThat(instanceExists(c.get("instance"))).isFalse()),
                route("process-instance", "modify variables", POST, "/process-instance/{instance}/variables")
                        .body(c -> Map.of("modifications", Map.of(NOTE, typed("diubah", "String"))))
                        .on(OWN, OTHER, CHILD).keepsTarget().allow(ADMIN)
                        .effect(c -> assertThat(runtime.getVariable(c.get("instance"), NOTE)).isEqualTo("diubah")),
                route("process-instance", "put a variable", PUT, "/process-instance/{instance}/variables/" + NOTE)
                        .body(c -> typed("diubah", "String"))
                        .on(OWN, OTHER, CHILD).keepsTarget().allow(ADMIN)
                        .effect(c -> assertThat(runtime.getVariable(c.get("instance"), NOTE)).isEqualTo("diubah")),
                route("process-instance", "delete a variable", DELETE, "/process-instance/{instance}/variables/" + NOTE)
                        .on(OWN, OTHER, CHILD).keepsTarget().allow(ADMIN)
                        .prepare(c -> runtime.setVariable(c.get("instance"), NOTE, "catatan"))
                        .effect(c -> assertThat(runtime.getVariable(c.get("instance"), NOTE)).isNull()),
                route("process-instance", "modify (start the first user task again)", POST,
                        "/process-instance/{instance}/modification")
                        .body(c -> Map.of("instructions", List.of(Map.of("type", "startBeforeActivity",
                                "activityId", c.get("taskKey")))))
                        .on(OWN, OTHER, CHILD).allow(ADMIN)
                        .effect(c -> assertThat(tasks.createTaskQuery().processInstanceId(c.get("instance")).count())
                                .isGreaterThan(1)),
                route("process-instance", "modify several (start the first user task again)", POST, "/modification/execute")
                        .body(c -> Map.of("processDefinitionId", c.get("definition"),
                                "processInstanceIds", List.of(c.get("instance")),
                                "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", c.get("taskKey")))))
                        .on(OWN, OTHER, CHILD).allow(ADMIN)
                        .effect(c -> assertThat(tasks.createTaskQuery().processInstanceId(c.get("instance")).count())
                                .isGreaterThan(1)),
                route("process-instance", "modify several (batch)", POST, "/modification/executeAsync")
                        .body(c -> Map.of("processDefinitionId", c.get("definition"),
                                "processInstanceIds", List.of(c.get("instance")),
                                "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", c.get("taskKey")))))
                        .on(OWN, OTHER, CHILD).allow(ADMIN)
                        .effect(c -> {
                            runBatch(c);
                            assertThat(tasks.createTaskQuery().processInstanceId(c.get("instance")).count()).isGreaterThan(1);
                        }),
                route("process-instance", "migrate to another version", POST, "/migration/execute")
                        .body(c -> Map.of("migrationPlan", migrationPlan(c), "processInstanceIds", List.of(c.get("instance"))))
                        .on(WAITING, WAITING_OTHER).allow(ADMIN)
                        .prepare(c -> c.put("targetDefinition", newerProbe(instance(c).getProcessDefinitionId())))
                        .effect(c -> assertThat(instance(c).getProcessDefinitionId()).isEqualTo(c.get("targetDefinition"))),
                route("process-instance", "migrate to another version (batch)", POST, "/migration/executeAsync")
                        .body(c -> Map.of("migrationPlan", migrationPlan(c), "processInstanceIds", List.of(c.get("instance"))))
                        .on(WAITING, WAITING_OTHER).allow(ADMIN)
                        .prepare(c -> c.put("targetDefinition", newerProbe(instance(c).getProcessDefinitionId())))
                        .effect(c -> {
                            runBatch(c);
                            assertThat(instance(c).getProcessDefinitionId()).isEqualTo(c.get("targetDefinition"));
                        }),
                route("process-instance", "suspend", PUT, "/process-instance/{instance}/suspended")
                        .body(c -> Map.of("suspended", true))
                        .on(OWN, OTHER, CHILD).allow(ADMIN)
                        .effect(c -> assertThat(instance(c).isSuspended()).isTrue()),
                route("process-instance", "suspend by id list", PUT, "/process-instance/suspended")
                        .body(c -> Map.of("processInstanceIds", List.of(c.get("instance")), "suspended", true))
                        .on(OWN, OTHER, CHILD).allow(ADMIN)
                        .effect(c -> assertThat(instance(c).isSuspended()).isTrue()),
                route("process-instance", "set job retries (batch)", POST, "/process-instance/job-retries")
                        .body(c -> Map.of("processInstances", List.of(c.get("instance")), "retries", 7))
                        .on(OWN, OTHER, CHILD).allow(ADMIN)
                        .effect(c -> {
                            runBatch(c);
                            assertThat(management.createJobQuery().processInstanceId(c.get("instance")).list())
                                    .allMatch(job -> job.getRetries() == 7);
                        }),
                route("process-instance", "set variables (batch)", POST, "/process-instance/variables-async")
                        .body(c -> Map.of("processInstanceIds", List.of(c.get("instance")),
                                "variables", Map.of(NOTE, typed("batch", "String"))))
                        .on(OWN, OTHER, CHILD).allow(ADMIN)
                        .effect(c -> {
                            runBatch(c);
                            assertThat(runtime.getVariable(c.get("instance"), NOTE)).isEqualTo("batch");
                        }),
                route("process-instance", "delete (batch)", POST, "/process-instance/delete")
                        .body(c -> Map.of("processInstanceIds", List.of(c.get("instance")), "deleteReason", "uji"))
                        .on(OWN, OTHER, CHILD, CHILD_NEW).allow(ADMIN)
                        .effect(c -> {
                            runBatch(c);
                            assertThat(instanceExists(c.get("instance"))).isFalse();
                        }),
                route("process-instance", "suspend (batch)", POST, "/process-instance/suspended-async")
                        .body(c -> Map.of("processInstanceIds", List.of(c.get("instance")), "suspended", true))
                        .on(OWN, OTHER, CHILD).allow(ADMIN)
                        .effect(c -> {
                            runBatch(c);
                            assertThat(instance(c).isSuspended()).isTrue();
                        }),
                route("process-instance", "correlate a message (batch)", POST, "/process-instance/message-async")
                        .body(c -> Map.of("processInstanceIds", List.of(c.get("instance")), "messageName", WAKE))
                        .on(WAITING, WAITING_OTHER).allow(ADMIN)
                        .effect(c -> {
                            runBatch(c);
                            assertThat(waitingAt(c, "WaitForMessage")).isFalse();
                        }),
                route("process-instance", "update a comment", PUT, "/process-instance/{instance}/comment")
                        .body(c -> Map.of("id", c.get("instanceComment"), "message", "diubah"))
                        .on(OWN, OTHER, CHILD).keepsTarget().allow(ADMIN)
                        .prepare(c -> c.put("instanceComment", tasks.createComment(null, c.get("instance"),
                                "catatan kasus").getId()))
                        .effect(c -> assertThat(instanceComment(c).getFullMessage()).isEqualTo("diubah")),
                route("process-instance", "delete a comment", DELETE,
                        "/process-instance/{instance}/comment/{instanceComment}")
                        .on(OWN, OTHER, CHILD).keepsTarget().allow(ADMIN)
                        .prepare(c -> c.put("instanceComment", tasks.createComment(null, c.get("instance"),
                                "catatan kasus").getId()))
                        .effect(c -> assertThat(instanceComment(c)).isNull()),

                // ------------------------------------------------------------------------------------- executions
                route("execution", "modify local variables", POST, "/execution/{execution}/localVariables")
                        .body(c -> Map.of("modifications", Map.of(NOTE, typed("diubah", "String"))))
                        .on(OWN, OTHER, CHILD).keepsTarget().allow(ADMIN)
                        .effect(c -> assertThat(runtime.getVariableLocal(c.get("execution"), NOTE)).isEqualTo("diubah")),
                route("execution", "put a local variable", PUT, "/execution/{execution}/localVariables/" + NOTE)
                        .body(c -> typed("diubah", "String"))
                        .on(OWN, OTHER, CHILD).keepsTarget().allow(ADMIN)
                        .effect(c -> assertThat(runtime.getVariableLocal(c.get("execution"), NOTE)).isEqualTo("diubah")),
                route("execution", "delete a local variable", DELETE, "/execution/{execution}/localVariables/" + NOTE)
                        .on(OWN, OTHER, CHILD).keepsTarget().allow(ADMIN)
                        .prepare(c -> runtime.setVariableLocal(c.get("execution"), NOTE, "catatan"))
                        .effect(c -> assertThat(runtime.getVariableLocal(c.get("execution"), NOTE)).isNull()),
                route("execution", "signal", POST, "/execution/{waitExecution}/signal")
                        .body(c -> Map.of())
                        .on(WAITING, WAITING_OTHER).allow(ADMIN)
                        .effect(c -> assertThat(waitingAt(c, "WaitForSignal")).isFalse()),
                route("execution", "trigger a message subscription", POST,
                        "/execution/{messageExecution}/messageSubscriptions/" + WAKE + "/trigger")
                        .body(c -> Map.of())
                        .on(WAITING, WAITING_OTHER).allow(ADMIN)
                        .effect(c -> assertThat(waitingAt(c, "WaitForMessage")).isFalse()),
                route("execution", "create an incident", POST, "/execution/{execution}/create-incident")
                        .body(c -> Map.of("incidentType", "uji", "configuration", "akses"))
                        .on(OWN, OTHER, CHILD).keepsTarget().allow(ADMIN)
                        .effect(c -> assertThat(runtime.createIncidentQuery().executionId(c.get("execution"))
                                .incidentType("uji").count()).isPositive()),

                // ---------------------------------------------------------------- messages, signals, conditions
                route("message", "correlate a message to a waiting instance", POST, "/message")
                        .body(c -> Map.of("messageName", WAKE, "processInstanceId", c.get("instance")))
                        .on(WAITING, WAITING_OTHER).allow(ADMIN)
                        .effect(c -> assertThat(waitingAt(c, "WaitForMessage")).isFalse()),
                route("message", "correlate a message that starts a process (no case)", POST, "/message")
                        .body(c -> Map.of("messageName", START_MESSAGE,
                                "processVariables", Map.of("regionCode", typed("3516", "String"))))
                        .on(OFFICE).allow(ADMIN, OPERATOR, PEKSOS, SUPERVISOR)
                        .counting("probes", EngineRestAccessMatrixTest::probeInstances)
                        .effect(c -> assertThat(probeInstances()).isGreaterThan(c.probesBefore())),
                route("signal", "send a signal to a waiting execution", POST, "/signal")
                        .body(c -> Map.of("name", SIGNAL, "executionId", c.get("signalExecution")))
                        .on(WAITING, WAITING_OTHER).allow(ADMIN)
                        .effect(c -> assertThat(runtime.createEventSubscriptionQuery().processInstanceId(
                                c.get("instance")).eventType("signal").count()).isZero()),
                route("condition", "evaluate start conditions (starts a process, no case)", POST, "/condition")
                        .body(c -> Map.of("variables", Map.of("matrixGo", typed(true, "Boolean"),
                                "regionCode", typed("3516", "String"))))
                        .on(OFFICE).allow(ADMIN, OPERATOR, PEKSOS, SUPERVISOR)
                        .counting("probes", EngineRestAccessMatrixTest::probeInstances)
                        .effect(c -> assertThat(probeInstances()).isGreaterThan(c.probesBefore())),

                // ------------------------------------------------------------------------------------------- jobs
                route("job", "set retries", PUT, "/job/{job}/retries")
                        .body(c -> Map.of("retries", 9))
                        .on(OWN, OTHER, CHILD, AGENCY).keepsTarget().allow(ADMIN)
                        .effect(c -> assertThat(job(c).getRetries()).isEqualTo(9)),
                // The engine counted a refused execution as a failed job (anyone used up a deadline timer's retries):
                // security/EngineServiceGuards refuses staff before the engine runs anything.
                route("job", "execute", POST, "/job/{job}/execute")
                        .on(OWN, OTHER, CHILD, AGENCY).allow(ADMIN)
                        .effect(c -> assertThat(job(c)).isNull()),
                route("job", "set the due date", PUT, "/job/{job}/duedate")
                        .body(c -> Map.of("duedate", "2099-06-01T10:00:00.000+0700"))
                        .on(OWN, OTHER, CHILD, AGENCY).keepsTarget().allow(ADMIN)
                        .effect(c -> assertThat(job(c).getDuedate().getYear() + 1900).isEqualTo(2099)),
                route("job", "recalculate the due date", POST, "/job/{job}/duedate/recalculate")
                        .on(OWN, OTHER, CHILD, AGENCY).keepsTarget().allow(ADMIN),
                route("job", "suspend", PUT, "/job/{job}/suspended")
                        .body(c -> Map.of("suspended", true))
                        .on(OWN, OTHER, CHILD, AGENCY).allow(ADMIN)
                        .effect(c -> assertThat(job(c).isSuspended()).isTrue()),
                route("job", "set the priority", PUT, "/job/{job}/priority")
                        .body(c -> Map.of("priority", 99))
                        .on(OWN, OTHER, CHILD, AGENCY).keepsTarget().allow(ADMIN)
                        .effect(c -> assertThat(job(c).getPriority()).isEqualTo(99)),
                route("job", "delete", DELETE, "/job/{job}")
                        .on(OWN, OTHER, CHILD, AGENCY).allow(ADMIN)
                        .effect(c -> assertThat(job(c)).isNull()),
                route("job", "set retries (batch)", POST, "/job/retries")
                        .body(c -> Map.of("jobIds", List.of(c.get("job")), "retries", 8))
                        .on(OWN, OTHER, CHILD).allow(ADMIN)
                        .effect(c -> {
                            runBatch(c);
                            assertThat(job(c).getRetries()).isEqualTo(8);
                        }),
                route("job", "suspend the jobs of an instance", PUT, "/job/suspended")
                        .body(c -> Map.of("processInstanceId", c.get("instance"), "suspended", true))
                        .on(OWN, OTHER, CHILD, AGENCY).allow(ADMIN)
                        .effect(c -> assertThat(job(c).isSuspended()).isTrue()),

                // ------------------------------------------------------------------------------- job definitions
                // The deadline timer of the complaint's triage: suspended, no new complaint would escalate.
                route("job-definition", "suspend the triage deadline timer of every complaint", PUT,
                        "/job-definition/{jobDefinition}/suspended")
                        .body(c -> Map.of("suspended", true, "includeJobs", false))
                        .on(OFFICE).prepare(c -> c.put("jobDefinition", triageDeadlineJobDefinition()))
                        .allow(ADMIN)
                        .effect(c -> assertThat(jobDefinitionSuspended(c)).isTrue())
                        .undo(c -> management.activateJobDefinitionById(c.get("jobDefinition"))),
                route("job-definition", "suspend the timers of every complaint by process key", PUT,
                        "/job-definition/suspended")
                        .body(c -> Map.of("processDefinitionKey", "complaint-handling", "suspended", true,
                                "includeJobs", false))
                        .on(OFFICE).prepare(c -> c.put("jobDefinition", triageDeadlineJobDefinition()))
                        .allow(ADMIN)
                        .effect(c -> assertThat(jobDefinitionSuspended(c)).isTrue())
                        .undo(c -> management.activateJobDefinitionByProcessDefinitionKey("complaint-handling")),
                route("job-definition", "override the job priority", PUT, "/job-definition/{jobDefinition}/jobPriority")
                        .body(c -> Map.of("priority", 42))
                        .on(OFFICE).prepare(c -> c.put("jobDefinition", triageDeadlineJobDefinition()))
                        .allow(ADMIN)
                        .effect(c -> assertThat(management.createJobDefinitionQuery().jobDefinitionId(
                                c.get("jobDefinition")).singleResult().getOverridingJobPriority()).isEqualTo(42L))
                        .undo(c -> management.clearOverridingJobPriorityForJobDefinition(c.get("jobDefinition"))),
                route("job-definition", "set retries of its jobs", PUT, "/job-definition/{jobDefinition}/retries")
                        .body(c -> Map.of("retries", 3))
                        .on(OFFICE).prepare(c -> c.put("jobDefinition", triageDeadlineJobDefinition()))
                        .allow(ADMIN),

                // ------------------------------------------------------------------------------------------ tasks
                route("task", "create a standalone task", POST, "/task/create")
                        .body(c -> Map.of("id", c.put("newTask", "uji" + UUID.randomUUID().toString().replace("-", "")),
                                "name", "Tugas uji"))
                        .on(OFFICE).allow(ADMIN)
                        .effect(c -> assertThat(tasks.createTaskQuery().taskId(c.get("newTask")).count()).isOne()),
                // Due date, priority, name: the task as Tasklist sends it back, one field changed.
                route("task", "update (priority)", PUT, "/task/{task}")
                        .body(c -> taskAsSent(c, dto -> dto.put("priority", 77)))
                        .on(OWN, OTHER, CHILD).keepsTarget().allow(ADMIN).allow(OWN, SUPERVISOR).allow(CHILD, SUPERVISOR)
                        .effect(c -> assertThat(task(c).getPriority()).isEqualTo(77)),
                route("task", "update, naming the OPD liaison as assignee", PUT, "/task/{task}")
                        .body(c -> taskAsSent(c, dto -> dto.put("assignee", "opd")))
                        .on(OWN, OTHER, CHILD),
                route("task", "claim for oneself", POST, "/task/{task}/claim")
                        .body(c -> Map.of("userId", c.caller()))
                        .on(OWN, OTHER, CHILD).keepsTarget().allow(OWN, PEKSOS).allow(CHILD, SUPERVISOR)
                        .prepare(c -> tasks.setAssignee(c.get("task"), null))
                        .effect(c -> assertThat(task(c).getAssignee()).isEqualTo(c.caller())),
                route("task", "unclaim the worker's task", POST, "/task/{task}/unclaim")
                        .on(OWN, OTHER, CHILD).keepsTarget()
                        .allow(ADMIN).allow(OWN, PEKSOS, SUPERVISOR).allow(CHILD, SUPERVISOR)
                        .prepare(c -> tasks.setAssignee(c.get("task"), c.get("worker")))
                        .effect(c -> assertThat(task(c).getAssignee()).isNull()),
                route("task", "give back a colleague's task", POST, "/task/{task}/unclaim")
                        .on(OWN, OTHER, CHILD).keepsTarget()
                        .allow(ADMIN).allow(OWN, SUPERVISOR).allow(CHILD, SUPERVISOR)
                        .prepare(c -> tasks.setAssignee(c.get("task"), c.get("colleague")))
                        .effect(c -> assertThat(task(c).getAssignee()).isNull()),
                // TASK_WORK lets every candidate complete a task whoever holds it; forms/TaskWorkRules leaves a claimed
                // task to the one who holds it (the supervisor reassigns it first).
                route("task", "complete a colleague's task with its form", POST, "/task/{task}/complete")
                        .body(c -> Map.of("variables", completion(c)))
                        .on(OWN, OTHER, CHILD)
                        .allow(ADMIN)
                        .prepare(c -> tasks.setAssignee(c.get("task"), c.get("colleague")))
                        .effect(c -> assertThat(task(c)).isNull()),
                route("task", "complete the worker's task with its form", POST, "/task/{task}/complete")
                        .body(c -> Map.of("variables", completion(c)))
                        .on(OWN, OTHER, CHILD)
                        .allow(ADMIN).allow(OWN, PEKSOS)
                        // A child's task held by its caseworker: the supervisor reassigns it before finishing it.
                        .prepare(c -> tasks.setAssignee(c.get("task"), c.get("worker")))
                        .effect(c -> assertThat(task(c)).isNull()),
                route("task", "submit the worker's task form", POST, "/task/{task}/submit-form")
                        .body(c -> Map.of("variables", completion(c)))
                        .on(OWN, OTHER, CHILD)
                        .allow(ADMIN).allow(OWN, PEKSOS)
                        // A child's task held by its caseworker: the supervisor reassigns it before finishing it.
                        .prepare(c -> tasks.setAssignee(c.get("task"), c.get("worker")))
                        .effect(c -> assertThat(task(c)).isNull()),
                route("task", "resolve a task delegated to the worker", POST, "/task/{task}/resolve")
                        .body(c -> Map.of("variables", Map.of()))
                        .on(OWN, OTHER, CHILD).keepsTarget()
                        .allow(ADMIN).allow(OWN, PEKSOS)
                        // A child's task held by its caseworker: the supervisor reassigns it before finishing it.
                        .prepare(c -> {
                            tasks.setAssignee(c.get("task"), c.get("colleague"));
                            tasks.delegateTask(c.get("task"), c.get("worker"));
                        })
                        .effect(c -> assertThat(task(c).getAssignee()).isEqualTo(c.get("colleague"))),
                route("task", "delegate the worker's task to a colleague", POST, "/task/{task}/delegate")
                        .body(c -> Map.of("userId", c.get("colleague")))
                        .on(OWN, OTHER, CHILD).keepsTarget()
                        .allow(ADMIN).allow(OWN, SUPERVISOR).allow(CHILD, SUPERVISOR)
                        .prepare(c -> tasks.setAssignee(c.get("task"), c.get("worker")))
                        .effect(c -> assertThat(task(c).getAssignee()).isEqualTo(c.get("colleague"))),
                route("task", "reassign the worker's task to a colleague", POST, "/task/{task}/assignee")
                        .body(c -> Map.of("userId", c.get("colleague")))
                        .on(OWN, OTHER, CHILD).keepsTarget()
                        .allow(ADMIN).allow(OWN, SUPERVISOR).allow(CHILD, SUPERVISOR)
                        .prepare(c -> tasks.setAssignee(c.get("task"), c.get("worker")))
                        .effect(c -> assertThat(task(c).getAssignee()).isEqualTo(c.get("colleague"))),
                // Refused by the candidate rule for everyone: the OPD liaison is no caseworker or supervisor.
                route("task", "reassign to the OPD liaison", POST, "/task/{task}/assignee")
                        .body(c -> Map.of("userId", "opd"))
                        .on(OWN, OTHER, CHILD)
                        .prepare(c -> tasks.setAssignee(c.get("task"), c.get("worker"))),
                route("task", "add a colleague as candidate", POST, "/task/{task}/identity-links")
                        .body(c -> Map.of("userId", c.get("colleague"), "type", "candidate"))
                        .on(OWN, OTHER, CHILD).keepsTarget()
                        .allow(ADMIN).allow(OWN, SUPERVISOR).allow(CHILD, SUPERVISOR)
                        .prepare(c -> tasks.deleteCandidateUser(c.get("task"), c.get("colleague")))
                        .effect(c -> assertThat(candidateUsers(c)).contains(c.get("colleague"))),
                route("task", "remove a candidate", POST, "/task/{task}/identity-links/delete")
                        .body(c -> Map.of("userId", c.get("colleague"), "type", "candidate"))
                        .on(OWN, OTHER, CHILD).keepsTarget()
                        .allow(ADMIN).allow(OWN, SUPERVISOR).allow(CHILD, SUPERVISOR)
                        .prepare(c -> tasks.addCandidateUser(c.get("task"), c.get("colleague")))
                        .effect(c -> assertThat(candidateUsers(c)).doesNotContain(c.get("colleague"))),
                route("task", "modify variables", POST, "/task/{task}/variables")
                        .body(c -> Map.of("modifications", Map.of(NOTE, typed("diubah", "String"))))
                        .on(OWN, OTHER, CHILD).keepsTarget().allow(ADMIN)
                        .effect(c -> assertThat(tasks.getVariable(c.get("task"), NOTE)).isEqualTo("diubah")),
                route("task", "put a variable", PUT, "/task/{task}/variables/" + NOTE)
                        .body(c -> typed("diubah", "String"))
                        .on(OWN, OTHER, CHILD).keepsTarget().allow(ADMIN)
                        .effect(c -> assertThat(tasks.getVariable(c.get("task"), NOTE)).isEqualTo("diubah")),
                route("task", "delete a variable", DELETE, "/task/{task}/variables/" + NOTE)
                        .on(OWN, OTHER, CHILD).keepsTarget().allow(ADMIN)
                        .prepare(c -> {
                            clearNote(c);
                            tasks.setVariable(c.get("task"), NOTE, "catatan");
                        })
                        .effect(c -> assertThat(tasks.getVariable(c.get("task"), NOTE)).isNull()),
                route("task", "modify local variables", POST, "/task/{task}/localVariables")
                        .body(c -> Map.of("modifications", Map.of(NOTE, typed("diubah", "String"))))
                        .on(OWN, OTHER, CHILD).keepsTarget().allow(ADMIN)
                        .effect(c -> assertThat(tasks.getVariableLocal(c.get("task"), NOTE)).isEqualTo("diubah")),
                route("task", "put a local variable", PUT, "/task/{task}/localVariables/" + NOTE)
                        .body(c -> typed("diubah", "String"))
                        .on(OWN, OTHER, CHILD).keepsTarget().allow(ADMIN)
                        .effect(c -> assertThat(tasks.getVariableLocal(c.get("task"), NOTE)).isEqualTo("diubah")),
                route("task", "delete a local variable", DELETE, "/task/{task}/localVariables/" + NOTE)
                        .on(OWN, OTHER, CHILD).keepsTarget().allow(ADMIN)
                        .prepare(c -> {
                            clearNote(c);
                            tasks.setVariableLocal(c.get("task"), NOTE, "catatan");
                        })
                        .effect(c -> assertThat(tasks.getVariableLocal(c.get("task"), NOTE)).isNull()),
                route("task", "comment", POST, "/task/{task}/comment/create")
                        .body(c -> Map.of("message", "Sudah ditelepon, menunggu dokumen"))
                        .on(OWN, OTHER, CHILD).keepsTarget()
                        .allow(ADMIN).allow(OWN, PEKSOS, SUPERVISOR).allow(CHILD, SUPERVISOR)
                        .prepare(c -> c.put("commentsBefore", String.valueOf(tasks.getTaskComments(c.get("task")).size())))
                        .effect(c -> assertThat(tasks.getTaskComments(c.get("task")))
                                .hasSize(Integer.parseInt(c.get("commentsBefore")) + 1)),
                // The engine does not check who wrote a comment; forms/TaskWorkRules leaves changing or deleting one
                // to its author (this and the next two rows).
                route("task", "change someone else's comment", PUT, "/task/{task}/comment")
                        .body(c -> Map.of("id", c.get("comment"), "message", "diubah"))
                        .on(OWN, OTHER, CHILD).keepsTarget().allow(ADMIN)
                        .prepare(c -> c.put("comment", commentBy(c.get("colleague"), c.get("task"))))
                        .effect(c -> assertThat(tasks.getTaskComment(c.get("task"), c.get("comment")).getFullMessage())
                                .isEqualTo("diubah")),
                route("task", "delete someone else's comment", DELETE, "/task/{task}/comment/{comment}")
                        .on(OWN, OTHER, CHILD).keepsTarget().allow(ADMIN)
                        .prepare(c -> c.put("comment", commentBy(c.get("colleague"), c.get("task"))))
                        .effect(c -> assertThat(tasks.getTaskComment(c.get("task"), c.get("comment"))).isNull()),
                route("task", "delete every comment", DELETE, "/task/{task}/comment")
                        .on(OWN, OTHER, CHILD).keepsTarget().allow(ADMIN)
                        .prepare(c -> c.put("comment", commentBy(c.get("colleague"), c.get("task"))))
                        .effect(c -> assertThat(tasks.getTaskComments(c.get("task"))).isEmpty()),
                route("task", "attach a link", POST, "/task/{task}/attachment/create")
                        .multipart(c -> attachment())
                        .on(OWN, OTHER, CHILD).keepsTarget()
                        // Files go into the case file's document store (sniffed, limited, audited), not the engine's.
                        .allow(ADMIN)
                        .prepare(c -> c.put("attachmentsBefore", String.valueOf(tasks.getTaskAttachments(c.get("task")).size())))
                        .effect(c -> assertThat(tasks.getTaskAttachments(c.get("task")))
                                .hasSize(Integer.parseInt(c.get("attachmentsBefore")) + 1)),
                // The engine checks nothing when an attachment is deleted; staff may not touch engine attachments.
                route("task", "delete an attachment", DELETE, "/task/{task}/attachment/{attachment}")
                        .on(OWN, OTHER, CHILD).keepsTarget().allow(ADMIN)
                        .prepare(c -> c.put("attachment", tasks.createAttachment("url", c.get("task"), null, "surat",
                                "Surat pengantar", "https://contoh.invalid/surat.pdf").getId()))
                        .effect(c -> assertThat(tasks.getAttachment(c.get("attachment"))).isNull()),
                // An error no boundary event catches ended the whole case process (204) for whoever works the
                // task; the engine now refuses it (enableExceptionsAfterUnhandledBpmnError), a 400.
                route("task", "throw a BPMN error the diagram does not catch", POST, "/task/{task}/bpmnError")
                        .body(c -> Map.of("errorCode", "TIDAK_ADA", "errorMessage", "uji"))
                        .on(OWN, OTHER, CHILD)
                        .prepare(c -> tasks.setAssignee(c.get("task"), c.get("worker"))),
                // An escalation no boundary event catches: 400, nothing changes.
                route("task", "throw a BPMN escalation the diagram does not catch", POST, "/task/{task}/bpmnEscalation")
                        .body(c -> Map.of("escalationCode", "TIDAK_ADA"))
                        .on(OWN, OTHER, CHILD)
                        .prepare(c -> tasks.setAssignee(c.get("task"), c.get("worker"))),
                // The engine refuses to delete a task of a running process before it checks who asks: 400 for all.
                route("task", "delete a process task", DELETE, "/task/{task}")
                        .on(OWN, OTHER, CHILD),
                route("task", "delete a standalone task", DELETE, "/task/{standaloneTask}")
                        .on(OFFICE).allow(ADMIN)
                        .prepare(c -> c.put("standaloneTask", standaloneTask()))
                        .effect(c -> assertThat(tasks.createTaskQuery().taskId(c.get("standaloneTask")).count()).isZero()),

                // --------------------------------------------------------------------------------- external tasks
                route("external-task", "fetch and lock", POST, "/external-task/fetchAndLock")
                        .body(c -> Map.of("workerId", WORKER, "maxTasks", 5, "topics", List.of(Map.of(
                                "topicName", "disdukcapil-nik-check", "lockDuration", 60000,
                                "businessKey", c.get("registrationNumber")))))
                        .on(AGENCY).allow(ADMIN).nothing(OPERATOR, PEKSOS, SUPERVISOR, ANALIS, OPD)
                        .prepare(c -> externalTasks().unlock(c.get("externalTask")))
                        .effect(c -> assertThat(externalTask(c).getWorkerId()).isEqualTo(WORKER)),
                route("external-task", "lock", POST, "/external-task/{externalTask}/lock")
                        .body(c -> Map.of("workerId", WORKER, "lockDuration", 60000))
                        .on(AGENCY).keepsTarget().allow(ADMIN)
                        .prepare(c -> externalTasks().unlock(c.get("externalTask")))
                        .effect(c -> assertThat(externalTask(c).getWorkerId()).isEqualTo(WORKER)),
                route("external-task", "complete", POST, "/external-task/{externalTask}/complete")
                        .body(c -> Map.of("workerId", WORKER, "variables", Map.of()))
                        .on(AGENCY).allow(ADMIN).prepare(this::lockExternalTask)
                        .effect(c -> assertThat(externalTask(c)).isNull()),
                route("external-task", "report a failure", POST, "/external-task/{externalTask}/failure")
                        .body(c -> Map.of("workerId", WORKER, "errorMessage", "uji", "retries", 0, "retryTimeout", 0))
                        .on(AGENCY).allow(ADMIN).prepare(this::lockExternalTask)
                        .effect(c -> assertThat(externalTask(c).getRetries()).isZero()),
                // An error no boundary event catches ended the case's process; the engine now refuses it.
                // A 400; the task stays locked, unchanged.
                route("external-task", "report a BPMN error the diagram does not catch", POST,
                        "/external-task/{externalTask}/bpmnError")
                        .body(c -> Map.of("workerId", WORKER, "errorCode", "TIDAK_ADA"))
                        .on(AGENCY).prepare(this::lockExternalTask),
                route("external-task", "extend the lock", POST, "/external-task/{externalTask}/extendLock")
                        .body(c -> Map.of("workerId", WORKER, "newDuration", 120000))
                        .on(AGENCY).keepsTarget().allow(ADMIN).prepare(this::lockExternalTask),
                route("external-task", "unlock", POST, "/external-task/{externalTask}/unlock")
                        .on(AGENCY).keepsTarget().allow(ADMIN).prepare(this::lockExternalTask)
                        .effect(c -> assertThat(externalTask(c).getWorkerId()).isNull()),
                route("external-task", "set retries", PUT, "/external-task/{externalTask}/retries")
                        .body(c -> Map.of("retries", 6))
                        .on(AGENCY).keepsTarget().allow(ADMIN)
                        .effect(c -> assertThat(externalTask(c).getRetries()).isEqualTo(6)),
                route("external-task", "set the priority", PUT, "/external-task/{externalTask}/priority")
                        .body(c -> Map.of("priority", 6))
                        .on(AGENCY).keepsTarget().allow(ADMIN)
                        .effect(c -> assertThat(externalTask(c).getPriority()).isEqualTo(6)),
                route("external-task", "set retries of a list", PUT, "/external-task/retries")
                        .body(c -> Map.of("externalTaskIds", List.of(c.get("externalTask")), "retries", 5))
                        .on(AGENCY).keepsTarget().allow(ADMIN)
                        .effect(c -> assertThat(externalTask(c).getRetries()).isEqualTo(5)),
                route("external-task", "set retries (batch)", POST, "/external-task/retries-async")
                        .body(c -> Map.of("externalTaskIds", List.of(c.get("externalTask")), "retries", 4))
                        .on(AGENCY).keepsTarget().allow(ADMIN)
                        .effect(c -> {
                            runBatch(c);
                            assertThat(externalTask(c).getRetries()).isEqualTo(4);
                        }),

                // ------------------------------------------------------------------------------------------ users
                route("user", "create", POST, "/user/create")
                        .body(c -> Map.of("profile", Map.of("id", c.put("newUser", "uji" + SEQUENCE.incrementAndGet()),
                                        "firstName", "Baru", "lastName", "Uji", "email", "baru@uji.invalid"),
                                "credentials", Map.of("password", "rahasia-baru-123")))
                        .on(OFFICE).allow(ADMIN)
                        .effect(c -> assertThat(identity.createUserQuery().userId(c.get("newUser")).count()).isOne()),
                route("user", "change a colleague's profile", PUT, "/user/{user}/profile")
                        .body(c -> Map.of("id", c.get("user"), "firstName", "Diubah", "lastName", "Uji",
                                "email", "diubah@uji.invalid"))
                        .on(OFFICE).keepsTarget().allow(ADMIN).prepare(c -> c.put("user", TEST_USER))
                        .effect(c -> assertThat(user(c).getFirstName()).isEqualTo("Diubah")),
                route("user", "change a colleague's password", PUT, "/user/{user}/credentials")
                        .body(c -> Map.of("password", "kata-sandi-baru-1", "authenticatedUserPassword", "demo"))
                        .on(OFFICE).keepsTarget().allow(ADMIN).prepare(c -> c.put("user", TEST_USER))
                        .effect(c -> assertThat(identity.checkPassword(TEST_USER, "kata-sandi-baru-1")).isTrue()),
                // The engine counts every wrong password checked here against the user (a way to lock colleagues out
                // and guess past the login throttle); no client needs it, so it is refused for everyone.
                route("user", "check a colleague's password (wrong)", POST, "/identity/verify")
                        .body(c -> Map.of("username", TEST_USER, "password", "salah-" + SEQUENCE.incrementAndGet()))
                        .on(OFFICE).keepsTarget()
                        .counting("attempts", test -> test.failedAttempts(TEST_USER))
                        .effect(c -> assertThat(failedAttempts(TEST_USER)).isGreaterThan((Integer) c.counts.get("attempts")))
                        .undo(c -> identity.unlockUser(TEST_USER)),
                route("user", "unlock a colleague", POST, "/user/{user}/unlock")
                        .on(OFFICE).keepsTarget().allow(ADMIN).prepare(c -> c.put("user", TEST_USER)),
                route("user", "delete a colleague", DELETE, "/user/{user}")
                        .on(OFFICE).allow(ADMIN)
                        .prepare(c -> c.put("user", c.fresh() ? testUser("ujihapus" + SEQUENCE.incrementAndGet())
                                : TEST_USER))
                        .effect(c -> assertThat(identity.createUserQuery().userId(c.get("user")).count()).isZero()),
                // One's own account (the caller is a copy of the role's demo user, same group and regencies).
                route("user", "change one's own profile", PUT, "/user/{user}/profile")
                        .body(c -> Map.of("id", c.get("user"), "firstName", "Nama", "lastName", "Baru",
                                "email", "baru@uji.invalid"))
                        .on(SELF).allow(ADMIN, OPERATOR, PEKSOS, SUPERVISOR, ANALIS, OPD)
                        .effect(c -> assertThat(user(c).getFirstName()).isEqualTo("Nama")),
                route("user", "change one's own password", PUT, "/user/{user}/credentials")
                        .body(c -> Map.of("password", "kata-sandi-baru-2", "authenticatedUserPassword", "demo"))
                        .on(SELF).allow(ADMIN, OPERATOR, PEKSOS, SUPERVISOR, ANALIS, OPD)
                        .effect(c -> assertThat(identity.checkPassword(c.get("user"), "kata-sandi-baru-2")).isTrue()),
                route("user", "unlock oneself", POST, "/user/{user}/unlock")
                        .on(SELF).allow(ADMIN),
                // The engine gave every user ALL on their own account; security/OfficeAuthorizationProvider grants read
                // and update, so deleting an account is the administrator's.
                route("user", "delete one's own account", DELETE, "/user/{user}")
                        .on(SELF).allow(ADMIN)
                        .effect(c -> assertThat(identity.createUserQuery().userId(c.get("user")).count()).isZero()),

                // ------------------------------------------------------------------------------ groups, members
                route("group", "create", POST, "/group/create")
                        .body(c -> Map.of("id", c.put("newGroup", "ujikelompok" + SEQUENCE.incrementAndGet()),
                                "name", "Kelompok baru", "type", "WORKFLOW"))
                        .on(OFFICE).allow(ADMIN)
                        .effect(c -> assertThat(identity.createGroupQuery().groupId(c.get("newGroup")).count()).isOne()),
                route("group", "rename", PUT, "/group/" + TEST_GROUP)
                        .body(c -> Map.of("id", TEST_GROUP, "name", "Diubah", "type", "WORKFLOW"))
                        .on(OFFICE).keepsTarget().allow(ADMIN)
                        .effect(c -> assertThat(identity.createGroupQuery().groupId(TEST_GROUP).singleResult().getName())
                                .isEqualTo("Diubah")),
                route("group", "delete", DELETE, "/group/{group}")
                        .on(OFFICE).allow(ADMIN)
                        .prepare(c -> c.put("group", c.fresh() ? testGroup("ujihapus" + SEQUENCE.incrementAndGet())
                                : TEST_GROUP))
                        .effect(c -> assertThat(identity.createGroupQuery().groupId(c.get("group")).count()).isZero()),
                route("group", "add oneself to the supervisors", PUT, "/group/supervisor/members/{me}")
                        .on(OFFICE).allow(ADMIN)
                        .effect(c -> assertThat(identity.createUserQuery().memberOfGroup("supervisor")
                                .userId(c.caller()).count()).isOne())
                        .undo(c -> identity.deleteMembership(c.caller(), "supervisor")),
                route("group", "remove a member", DELETE, "/group/" + TEST_GROUP + "/members/" + TEST_USER)
                        .on(OFFICE).keepsTarget().allow(ADMIN)
                        .prepare(c -> ensureMembership(TEST_USER, TEST_GROUP))
                        .effect(c -> assertThat(identity.createUserQuery().memberOfGroup(TEST_GROUP).userId(TEST_USER)
                                .count()).isZero()),

                // --------------------------------------------------------------------------------------- tenants
                route("tenant", "create", POST, "/tenant/create")
                        .body(c -> Map.of("id", c.put("newTenant", "ujiwilayah" + SEQUENCE.incrementAndGet()),
                                "name", "Wilayah baru"))
                        .on(OFFICE).allow(ADMIN)
                        .effect(c -> assertThat(identity.createTenantQuery().tenantId(c.get("newTenant")).count()).isOne()),
                route("tenant", "rename", PUT, "/tenant/" + TEST_TENANT)
                        .body(c -> Map.of("id", TEST_TENANT, "name", "Diubah"))
                        .on(OFFICE).keepsTarget().allow(ADMIN)
                        .effect(c -> assertThat(identity.createTenantQuery().tenantId(TEST_TENANT).singleResult().getName())
                                .isEqualTo("Diubah")),
                route("tenant", "delete", DELETE, "/tenant/{tenant}")
                        .on(OFFICE).allow(ADMIN)
                        .prepare(c -> c.put("tenant", c.fresh() ? testTenant("ujihapus" + SEQUENCE.incrementAndGet())
                                : TEST_TENANT))
                        .effect(c -> assertThat(identity.createTenantQuery().tenantId(c.get("tenant")).count()).isZero()),
                route("tenant", "make oneself a member of regency 3578", PUT, "/tenant/r3578/user-members/{me}")
                        .on(OFFICE).allow(ADMIN)
                        .effect(c -> assertThat(identity.createTenantQuery().tenantId("r3578").userMember(c.caller())
                                .count()).isOne())
                        .undo(c -> identity.deleteTenantUserMembership("r3578", c.caller())),
                route("tenant", "remove a user from a regency", DELETE, "/tenant/" + TEST_TENANT + "/user-members/"
                        + TEST_USER)
                        .on(OFFICE).keepsTarget().allow(ADMIN)
                        .prepare(c -> ensureTenantMember(TEST_TENANT, TEST_USER))
                        .effect(c -> assertThat(identity.createTenantQuery().tenantId(TEST_TENANT).userMember(TEST_USER)
                                .count()).isZero()),
                route("tenant", "make the caseworkers members of regency 3578", PUT,
                        "/tenant/r3578/group-members/caseworker")
                        .on(OFFICE).allow(ADMIN)
                        .effect(c -> assertThat(identity.createTenantQuery().tenantId("r3578").groupMember("caseworker")
                                .count()).isOne())
                        .undo(c -> identity.deleteTenantGroupMembership("r3578", "caseworker")),
                route("tenant", "remove a group from a regency", DELETE, "/tenant/" + TEST_TENANT + "/group-members/"
                        + TEST_GROUP)
                        .on(OFFICE).keepsTarget().allow(ADMIN)
                        .prepare(c -> ensureTenantGroup(TEST_TENANT, TEST_GROUP))
                        .effect(c -> assertThat(identity.createTenantQuery().tenantId(TEST_TENANT).groupMember(TEST_GROUP)
                                .count()).isZero()),

                // -------------------------------------------------------------------------------- authorizations
                route("authorization", "grant oneself everything on process instances", POST, "/authorization/create")
                        .body(c -> Map.of("type", 1, "permissions", List.of("ALL"), "userId", c.caller(),
                                "resourceType", Resources.PROCESS_INSTANCE.resourceType(), "resourceId", "*"))
                        .on(OFFICE).allow(ADMIN)
                        .effect(c -> assertThat(authorizations.createAuthorizationQuery().userIdIn(c.caller())
                                .resourceType(Resources.PROCESS_INSTANCE).count()).isPositive())
                        .undo(c -> authorizations.createAuthorizationQuery().userIdIn(c.caller())
                                .resourceType(Resources.PROCESS_INSTANCE).list()
                                .forEach(a -> authorizations.deleteAuthorization(a.getId()))),
                route("authorization", "widen an authorization", PUT, "/authorization/{authorization}")
                        .body(c -> Map.of("type", 1, "permissions", List.of("ALL"), "userId", TEST_USER,
                                "resourceType", Resources.GROUP.resourceType(), "resourceId", TEST_GROUP))
                        .on(OFFICE).keepsTarget().allow(ADMIN)
                        .prepare(c -> c.put("authorization", testAuthorization()))
                        .effect(c -> assertThat(authorizations.createAuthorizationQuery()
                                .authorizationId(c.get("authorization")).singleResult()
                                .isPermissionGranted(Permissions.DELETE)).isTrue()),
                route("authorization", "delete an authorization", DELETE, "/authorization/{authorization}")
                        .on(OFFICE).allow(ADMIN)
                        .prepare(c -> c.put("authorization", testAuthorization()))
                        .effect(c -> assertThat(authorizations.createAuthorizationQuery()
                                .authorizationId(c.get("authorization")).count()).isZero()),

                // --------------------------------------------------------------------------------------- filters
                route("filter", "create", POST, "/filter/create")
                        .body(c -> Map.of("resourceType", "Task", "name", "Filter uji " + SEQUENCE.incrementAndGet(),
                                "owner", c.caller(), "query", Map.of()))
                        .on(OFFICE).allow(ADMIN)
                        .counting("filters", EngineRestAccessMatrixTest::filterCount)
                        .effect(c -> assertThat(filterCount()).isGreaterThan(c.filtersBefore())),
                route("filter", "change the shared filter 'Tugas grup saya'", PUT, "/filter/{filter}")
                        .body(c -> Map.of("resourceType", "Task", "name", "Tugas grup saya (diubah)",
                                "query", Map.of(), "properties", Map.of()))
                        .on(OFFICE).allow(ADMIN)
                        .prepare(c -> c.put("filter", sharedFilter().getId()))
                        .effect(c -> assertThat(filters.getFilter(c.get("filter")).getName())
                                .isEqualTo("Tugas grup saya (diubah)"))
                        .undo(this::restoreSharedFilter),
                route("filter", "delete", DELETE, "/filter/{filter}")
                        .on(OFFICE).allow(ADMIN)
                        .prepare(c -> c.put("filter", c.fresh() ? testFilter() : sharedFilter().getId()))
                        .effect(c -> assertThat(filters.getFilter(c.get("filter"))).isNull()),

                // --------------------------------------------------------------------------- batches, incidents
                route("batch", "suspend", PUT, "/batch/{batch}/suspended")
                        .body(c -> Map.of("suspended", true))
                        .on(OFFICE).keepsTarget().allow(ADMIN)
                        .prepare(c -> c.put("batch", testBatch()))
                        .effect(c -> assertThat(management.createBatchQuery().batchId(c.get("batch")).singleResult()
                                .isSuspended()).isTrue()),
                route("batch", "delete", DELETE, "/batch/{batch}?cascade=true")
                        .on(OFFICE).allow(ADMIN)
                        .prepare(c -> c.put("batch", testBatch()))
                        .effect(c -> assertThat(management.createBatchQuery().batchId(c.get("batch")).count()).isZero()),
                route("incident", "annotate", PUT, "/incident/{incident}/annotation")
                        .body(c -> Map.of("annotation", "dicek"))
                        .on(OWN, OTHER, CHILD).keepsTarget().allow(ADMIN).prepare(this::ensureIncident)
                        .effect(c -> assertThat(runtime.createIncidentQuery().incidentId(c.get("incident"))
                                .singleResult().getAnnotation()).isEqualTo("dicek")),
                route("incident", "clear the annotation", DELETE, "/incident/{incident}/annotation")
                        .on(OWN, OTHER, CHILD).keepsTarget().allow(ADMIN).prepare(this::ensureIncident),
                route("incident", "resolve", DELETE, "/incident/{incident}")
                        .on(OWN, OTHER, CHILD).allow(ADMIN).prepare(this::ensureIncident)
                        .effect(c -> assertThat(runtime.createIncidentQuery().incidentId(c.get("incident")).count())
                                .isZero()),

                // ---------------------------------------------------------------------------------------- history
                route("history", "delete a cancelled case's history", DELETE, "/history/process-instance/{instance}")
                        .on(FINISHED, FINISHED_OTHER, FINISHED_CHILD).allow(ADMIN)
                        .effect(c -> assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                                .processInstanceId(c.get("instance")).count()).isZero()));
    }

    // =============================================================================================================
    // The targets
    // =============================================================================================================

    /** What a row is done to. */
    enum On {
        OWN("a complaint of regency 3516 (the demo staff's own), at the caseworkers' triage"),
        OTHER("a complaint of regency 3578 (another office), at the caseworkers' triage"),
        CHILD("a child's case (ABH) of regency 3516 assigned to another caseworker, at the assessment"),
        CHILD_NEW("a child's case (ABH) of regency 3516 waiting for the supervisors to name its caseworker"),
        AGENCY("a BPJS case of regency 3516 waiting for Disdukcapil (external task)"),
        WAITING("an instance of the test process " + PROBE + " in regency 3516 waiting for a message and a signal"),
        WAITING_OTHER("an instance of the test process " + PROBE + " in regency 3578"),
        FINISHED("a complaint of regency 3516 whose process was cancelled"),
        FINISHED_OTHER("a complaint of regency 3578 whose process was cancelled"),
        FINISHED_CHILD("a child's case of regency 3516 whose process was cancelled"),
        OFFICE("the office's deployments, definitions, users, groups, tenants, authorizations, filters"),
        SELF("the caller's own user account (a copy of the demo user: same group and regencies)");

        final String description;

        On(String description) {
            this.description = description;
        }
    }

    enum Role {
        ADMIN("admin", Groups.ADMIN), OPERATOR("operator", Groups.FRONT_OFFICE), PEKSOS("peksos", Groups.CASEWORKER),
        SUPERVISOR("supervisor", Groups.SUPERVISOR), ANALIS("analis", Groups.ANALYST), OPD("opd", Groups.OPD_LIAISON);

        final String user;
        final String group;

        Role(String user, String group) {
            this.user = user;
            this.group = group;
        }
    }

    enum Outcome { ALLOWED, REFUSED, NOTHING, HOLE, SERVER_ERROR, REFUSED_BUT_CHANGED }

    static final String PROBE = "access-matrix-probe";
    static final String WAKE = "access-matrix-wake";
    static final String START_MESSAGE = "access-matrix-start";
    static final String SIGNAL = "access-matrix-signal";
    static final String NOTE = "matrixNote";
    static final String WORKER = "uji-pekerja";
    /** Test staff: two more caseworkers of 3516, two caseworkers of 3578, a second supervisor of 3516. */
    static final String CASEWORKER_3516 = "ujipeksos3516";
    static final String CASEWORKER2_3516 = "ujipeksoslain3516";
    static final String CASEWORKER_3578 = "ujipeksos3578";
    static final String CASEWORKER2_3578 = "ujipeksoslain3578";
    static final String SUPERVISOR_3516 = "ujisupervisor3516";
    static final String TEST_USER = "ujipengguna";
    static final String TEST_GROUP = "ujikelompok";
    static final String TEST_TENANT = "ujiwilayah";
    static final AtomicInteger SEQUENCE = new AtomicInteger();
    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Jakarta");

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    id.slrt.caseengine.documents.CaseDocuments documents;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    RepositoryService repository;
    @Autowired
    ManagementService management;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    FilterService filters;

    private final Map<On, Target> shared = new EnumMap<>(On.class);
    /** Shared targets a call answered 2xx on since they were last looked at. */
    private final Set<On> touched = EnumSet.noneOf(On.class);
    private final Map<String, TestRestTemplate> clients = new java.util.concurrent.ConcurrentHashMap<>();
    private final Set<String> instancesBefore = new HashSet<>();
    private final Set<String> deploymentsAtStart = new HashSet<>();
    private final Set<String> filtersAtStart = new HashSet<>();
    private String sharedDisposable;
    private Map<String, Object> sharedFilterState;

    @BeforeAll
    void createTheOfficesTestData() {
        runtime.createProcessInstanceQuery().list().forEach(i -> instancesBefore.add(i.getId()));
        repository.createDeploymentQuery().list().forEach(d -> deploymentsAtStart.add(d.getId()));
        filters.createFilterQuery().list().forEach(f -> filtersAtStart.add(f.getId()));
        testUser(CASEWORKER_3516, Groups.CASEWORKER, "r3516");
        testUser(CASEWORKER2_3516, Groups.CASEWORKER, "r3516");
        testUser(CASEWORKER_3578, Groups.CASEWORKER, "r3578");
        testUser(CASEWORKER2_3578, Groups.CASEWORKER, "r3578");
        testUser(SUPERVISOR_3516, Groups.SUPERVISOR, "r3516");
        testUser(TEST_USER);
        testGroup(TEST_GROUP);
        testTenant(TEST_TENANT);
        repository.createDeployment().name(PROBE).addString(PROBE + ".bpmn", probeBpmn(PROBE)).deploy();
        sharedFilterState = jdbc.sql("select name_, query_, properties_ from act_ru_filter where id_ = ?")
                .param(sharedFilter().getId()).query().singleRow();
    }

    @AfterAll
    void removeWhatTheTestMade() {
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().list()) {
            if (!instancesBefore.contains(instance.getId())) {
                runtime.deleteProcessInstanceIfExists(instance.getId(), "uji akses selesai", false, true, true, false);
            }
        }
        for (Batch batch : management.createBatchQuery().list()) {
            management.deleteBatch(batch.getId(), true);
        }
        tasks.createTaskQuery().list().stream().filter(t -> t.getExecutionId() == null && t.getCaseExecutionId() == null)
                .filter(t -> t.getId().startsWith("uji")).forEach(t -> tasks.deleteTask(t.getId(), true));
        for (Deployment deployment : repository.createDeploymentQuery().list()) {
            if (!deploymentsAtStart.contains(deployment.getId())) {
                repository.deleteDeployment(deployment.getId(), true, true);
            }
        }
        for (Filter filter : filters.createFilterQuery().list()) {
            if (!filtersAtStart.contains(filter.getId())) {
                filters.deleteFilter(filter.getId());
            }
        }
        identity.createUserQuery().list().stream().map(User::getId).filter(id -> id.startsWith("uji"))
                .forEach(identity::deleteUser);
        identity.createGroupQuery().list().stream().map(Group::getId).filter(id -> id.startsWith("uji"))
                .forEach(identity::deleteGroup);
        identity.createTenantQuery().list().stream().map(Tenant::getId).filter(id -> id.startsWith("uji"))
                .forEach(identity::deleteTenant);
    }

    // =============================================================================================================
    // The matrix
    // =============================================================================================================

    @TestFactory
    Stream<DynamicNode> everyRoleOnEveryStateChangingRoute() {
        Map<String, List<DynamicNode>> families = new LinkedHashMap<>();
        for (Route route : accessModel()) {
            List<DynamicNode> cells = new ArrayList<>();
            for (On on : route.targets) {
                for (Role role : Role.values()) {
                    Outcome expected = route.expected(on, role);
                    cells.add(DynamicTest.dynamicTest(role.user + " on " + on.name().toLowerCase().replace('_', ' ')
                            + ": " + expected.name().toLowerCase(), () -> check(route, on, role, expected)));
                }
            }
            families.computeIfAbsent(route.family, f -> new ArrayList<>()).add(
                    DynamicContainer.dynamicContainer(route.method + " " + route.path + " (" + route.action + ")", cells));
        }
        return families.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(e.getKey(), e.getValue()));
    }

    /**
     * What the row "start a case process at its first user task" leads to, step by step: a caseworker who may not see a
     * child's case starts a complaint process at its triage with the child's caseId, claims the triage and is then the
     * child's assigned caseworker, who reads the whole case file.
     */
    @org.junit.jupiter.api.Test
    void startingACaseProcessAtAnActivityDoesNotOpenAChildsCaseToACaseworker() throws Exception {
        String child = openChildsCase();
        long caseId = caseId(child);
        assertThat(as("peksos").getForEntity("/api/cases/" + child, String.class).getStatusCode().value()).isEqualTo(404);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        long instancesBefore = runtime.createProcessInstanceQuery().count();
        ResponseEntity<String> started = as("peksos").exchange(
                "/engine-rest/process-definition/key/complaint-handling/start", POST, new HttpEntity<>(Map.of(
                        "variables", Map.of("caseId", typed(caseId, "Long"), "regionCode", typed("3516", "String")),
                        "startInstructions", List.of(Map.of("type", "startBeforeActivity",
                                "activityId", "TriageComplaint"))), headers), String.class);
        // The registerCase step never runs on this path; the case process's start listener refuses it.
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(400);
        assertThat(started.getBody()).contains("Kasus hanya dapat dibuka lewat pendaftaran");
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
        assertThat(jdbc.sql("select assigned_caseworker from slrt.case_file where id = ?").param(caseId)
                .query(String.class).optional().orElse(null)).isNotEqualTo("peksos");
        assertThat(as("peksos").getForEntity("/api/cases/" + child, String.class).getStatusCode().value()).isEqualTo(404);
    }


    private void check(Route route, On on, Role role, Outcome expected) throws Exception {
        boolean fresh = (expected == Outcome.ALLOWED || expected == Outcome.HOLE) && !route.keepsTarget
                && !route.withoutTarget;
        Target target = fresh ? create(on, role) : shared(on, role);
        Call c = new Call(role, on, target, fresh);
        for (Map.Entry<String, Function<EngineRestAccessMatrixTest, Object>> count : route.counts.entrySet()) {
            c.remember(count.getKey(), count.getValue().apply(this));
        }
        route.prepare.accept(c);
        if (expected != Outcome.ALLOWED && expected != Outcome.HOLE) {
            c.before = Snapshot.of(this, c);
        }
        ResponseEntity<String> response = send(route, c);
        c.response = response;
        if (!fresh && response.getStatusCode().is2xxSuccessful()) {
            touched.add(on);
        }
        String what = role.user + " " + route.method + " " + c.path + " on " + on.description + " -> "
                + response.getStatusCode().value() + " " + response.getBody();
        try {
            switch (expected) {
                case ALLOWED, HOLE -> {
                    assertThat(response.getStatusCode().is2xxSuccessful()).as(what).isTrue();
                    route.effect.accept(c);
                }
                case NOTHING -> {
                    assertThat(response.getStatusCode().is2xxSuccessful()).as(what).isTrue();
                    assertThat(Snapshot.of(this, c).differences(c.before)).as("changed by " + what).isEmpty();
                }
                case REFUSED -> {
                    assertThat(response.getStatusCode().is4xxClientError()).as(what).isTrue();
                    assertProblem(response, what);
                    assertThat(Snapshot.of(this, c).differences(c.before)).as("changed by " + what).isEmpty();
                }
                case SERVER_ERROR -> {
                    assertThat(response.getStatusCode().value()).as(what).isEqualTo(500);
                    assertProblem(response, what);
                    assertThat(Snapshot.of(this, c).differences(c.before)).as("changed by " + what).isEmpty();
                }
                case REFUSED_BUT_CHANGED -> {
                    assertThat(response.getStatusCode().is4xxClientError()).as(what).isTrue();
                    assertProblem(response, what);
                    assertThat(Snapshot.of(this, c).differences(c.before)).as("changed by " + what)
                            .singleElement().asString().startsWith(route.changedOnRefusal + ":");
                }
            }
        } finally {
            if (expected == Outcome.ALLOWED || expected == Outcome.HOLE) {
                route.undo.accept(c);
            }
        }
    }

    private void assertProblem(ResponseEntity<String> response, String what) throws Exception {
        assertThat(response.getHeaders().getContentType()).as(what).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as(what).isTrue();
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.path("status").asInt()).as(what).isEqualTo(response.getStatusCode().value());
        assertThat(problem.path("title").asText()).as(what).isNotBlank();
        assertThat(problem.path("detail").asText()).as(what).isNotBlank();
        assertThat(response.getBody()).as(what).doesNotContain("Exception").doesNotContain("org.camunda");
    }

    private ResponseEntity<String> send(Route route, Call c) {
        c.path = c.resolve(route.path);
        HttpHeaders headers = new HttpHeaders();
        Object body = null;
        if (route.multipart != null) {
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
            body = route.multipart.apply(c);
        } else if (route.body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
            body = route.body.apply(c);
        } else if (route.method != HttpMethod.DELETE) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return as(c.caller()).exchange("/engine-rest" + c.path, route.method, new HttpEntity<>(body, headers),
                String.class);
    }

    /** One client per user, so requests reuse their connections. */
    private TestRestTemplate as(String user) {
        return clients.computeIfAbsent(user, u -> http.withBasicAuth(u, "demo"));
    }

    // ------------------------------------------------------------------------------------------------ targets

    private Target shared(On on, Role role) {
        if (on == SELF) {
            return create(on, role);
        }
        Target target = shared.get(on);
        if (target == null || touched.remove(on) && !usable(on, target)) {
            // A first use, or a call allowed against the table used it up: the next cell gets a new one.
            target = create(on, role);
            shared.put(on, target);
        }
        return target;
    }

    /** Whether the shared target still has what the rows work on (a call the table refuses may have ended it). */
    private boolean usable(On on, Target target) {
        return switch (on) {
            case OWN, OTHER, CHILD, CHILD_NEW -> instanceExists(target.get("instance"))
                    && tasks.createTaskQuery().taskId(target.get("task")).count() == 1
                    && (target.get("job") == null || management.createJobQuery().jobId(target.get("job")).count() == 1)
                    && runtime.createExecutionQuery().executionId(target.get("execution")).count() == 1;
            case AGENCY -> externalTasks().createExternalTaskQuery().externalTaskId(target.get("externalTask"))
                    .count() == 1 && management.createJobQuery().jobId(target.get("job")).count() == 1;
            case WAITING, WAITING_OTHER -> runtime.createEventSubscriptionQuery()
                    .processInstanceId(target.get("instance")).count() == 2
                    && runtime.createExecutionQuery().executionId(target.get("waitExecution")).count() == 1;
            default -> true;
        };
    }

    private Target create(On on, Role role) {
        return switch (on) {
            case OWN -> caseTarget(openComplaint("3516", "operator"), "peksos", CASEWORKER_3516);
            case OTHER -> caseTarget(openComplaint("3578", "admin"), CASEWORKER_3578, CASEWORKER2_3578);
            case CHILD -> caseTarget(assigned(openChildsCase(), CASEWORKER_3516), CASEWORKER_3516, CASEWORKER2_3516);
            case CHILD_NEW -> caseTarget(openChildsCase(), "supervisor", SUPERVISOR_3516);
            case AGENCY -> agencyTarget();
            case WAITING -> probeTarget("3516");
            case WAITING_OTHER -> probeTarget("3578");
            case FINISHED -> finished(caseTarget(openComplaint("3516", "operator"), "peksos", CASEWORKER_3516));
            case FINISHED_OTHER -> finished(caseTarget(openComplaint("3578", "admin"), CASEWORKER_3578,
                    CASEWORKER2_3578));
            case FINISHED_CHILD -> finished(caseTarget(openChildsCase(), "supervisor", SUPERVISOR_3516));
            case OFFICE -> new Target();
            case SELF -> {
                Target self = new Target();
                String copy = "ujidiri" + role.user + SEQUENCE.incrementAndGet();
                testUser(copy, role.group, tenantsOf(role.user).toArray(String[]::new));
                self.put("user", copy);
                self.put("caller", copy);
                yield self;
            }
        };
    }

    private Target caseTarget(String registrationNumber, String worker, String colleague) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(registrationNumber)
                .singleResult();
        Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        Target target = new Target();
        target.put("registrationNumber", registrationNumber);
        target.put("caseId", String.valueOf(caseId(registrationNumber)));
        target.put("instance", instance.getId());
        target.put("definition", instance.getProcessDefinitionId());
        target.put("processKey", repository.getProcessDefinition(instance.getProcessDefinitionId()).getKey());
        target.put("task", task.getId());
        target.put("taskKey", task.getTaskDefinitionKey());
        target.put("firstTaskKey", "abh-assistance".equals(target.get("processKey")) ? "AssignCaseworker"
                : "TriageComplaint");
        target.put("execution", task.getExecutionId());
        target.put("worker", worker);
        target.put("colleague", colleague);
        target.put("regionCode", String.valueOf(runtime.getVariable(instance.getId(), "regionCode")));
        List<Job> jobs = management.createJobQuery().processInstanceId(instance.getId()).orderByJobDuedate().asc().list();
        if (!jobs.isEmpty()) {
            target.put("job", jobs.get(0).getId());
        }
        return target;
    }

    /** The supervisors name the child's caseworker: the assessment is assigned to them, supervisors are candidates. */
    private String assigned(String registrationNumber, String caseworker) {
        Task assign = tasks.createTaskQuery().processInstanceBusinessKey(registrationNumber)
                .taskDefinitionKey("AssignCaseworker").singleResult();
        tasks.complete(assign.getId(), Map.of("assignedCaseworker", caseworker,
                "investigationStartedOn", LocalDate.now(OFFICE_ZONE).minusDays(1).toString()));
        return registrationNumber;
    }

    private Target finished(Target target) {
        runtime.deleteProcessInstance(target.get("instance"), "dibatalkan untuk uji akses", false, true, true);
        return target;
    }

    private Target agencyTarget() {
        Map<String, Object> request = TestCases.complaint();
        request.put("serviceType", "BPJS_PBI_ENROLLMENT");
        String number = open(request, "operator");
        id.slrt.caseengine.support.TestDocuments.attachIdentityDocuments(documents, number);
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
        Task verify = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("VerifyRequest")
                .singleResult();
        Map<String, Object> verification = new LinkedHashMap<>();
        verification.put("requestType", "NEW_ENROLLMENT");
        verification.put("inHospital", false);
        verification.put("hasHealthFacilityLetter", false);
        verification.put("localPovertyAssessment", false);
        verification.put("verificationNote", "Dokumen KTP dan KK asli diperiksa");
        tasks.complete(verify.getId(), verification);
        Target target = new Target();
        target.put("registrationNumber", number);
        target.put("caseId", String.valueOf(caseId(number)));
        target.put("instance", instance.getId());
        target.put("externalTask", externalTasks().createExternalTaskQuery().processInstanceId(instance.getId())
                .singleResult().getId());
        target.put("job", management.createJobQuery().processInstanceId(instance.getId()).list().get(0).getId());
        return target;
    }

    private Target probeTarget(String regency) {
        ProcessInstance instance = runtime.createProcessInstanceByKey(PROBE)
                .setVariable("regionCode", regency).execute();
        Target target = new Target();
        target.put("instance", instance.getId());
        target.put("messageExecution", subscribed(instance, "message"));
        target.put("signalExecution", subscribed(instance, "signal"));
        target.put("waitExecution", executionAt(instance, "WaitForSignal"));
        return target;
    }

    private String subscribed(ProcessInstance instance, String eventType) {
        return runtime.createEventSubscriptionQuery().processInstanceId(instance.getId()).eventType(eventType)
                .singleResult().getExecutionId();
    }

    private String executionAt(ProcessInstance instance, String activityId) {
        return runtime.createExecutionQuery().processInstanceId(instance.getId()).activityId(activityId)
                .singleResult().getId();
    }

    private String openComplaint(String regency, String user) {
        Map<String, Object> request = TestCases.complaint();
        request.put("regionCode", regency);
        TestCases.withSubject(request, "nik", null);
        TestCases.withSubject(request, "kkNumber", null);
        return open(request, user);
    }

    private String openChildsCase() {
        Map<String, Object> request = TestCases.complaint();
        request.put("serviceType", "ABH_ASSISTANCE");
        TestCases.withSubject(request, "nik", null);
        TestCases.withSubject(request, "kkNumber", null);
        TestCases.withSubject(request, "sex", "M");
        TestCases.withSubject(request, "birthDate", "2010-05-14");
        TestCases.withSubject(request, "name", "Anak Uji " + SEQUENCE.incrementAndGet());
        request.put("description", "Surat permintaan litmas dari Polsek");
        return open(request, "operator");
    }

    private String open(Map<String, Object> request, String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = as(user).exchange("/api/cases", POST,
                new HttpEntity<>(request, headers), String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        try {
            return json.readTree(response.getBody()).get("registrationNumber").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // -------------------------------------------------------------------------------------------- test data

    String testUser(String id, String group, String... tenants) {
        User user = identity.newUser(id);
        user.setFirstName("Uji");
        user.setLastName(id);
        user.setEmail(id + "@uji.invalid");
        user.setPassword("demo");
        identity.saveUser(user);
        if (group != null) {
            identity.createMembership(id, group);
        }
        for (String tenant : tenants) {
            identity.createTenantUserMembership(tenant, id);
        }
        return id;
    }

    String testUser(String id) {
        return testUser(id, null);
    }

    String testGroup(String id) {
        Group group = identity.newGroup(id);
        group.setName("Kelompok uji");
        group.setType("WORKFLOW");
        identity.saveGroup(group);
        return id;
    }

    String testTenant(String id) {
        Tenant tenant = identity.newTenant(id);
        tenant.setName("Wilayah uji");
        identity.saveTenant(tenant);
        return id;
    }

    private List<String> tenantsOf(String user) {
        return identity.createTenantQuery().userMember(user).list().stream().map(Tenant::getId).toList();
    }

    private void ensureMembership(String user, String group) {
        if (identity.createUserQuery().userId(user).memberOfGroup(group).count() == 0) {
            identity.createMembership(user, group);
        }
    }

    private void ensureTenantMember(String tenant, String user) {
        if (identity.createTenantQuery().tenantId(tenant).userMember(user).count() == 0) {
            identity.createTenantUserMembership(tenant, user);
        }
    }

    private void ensureTenantGroup(String tenant, String group) {
        if (identity.createTenantQuery().tenantId(tenant).groupMember(group).count() == 0) {
            identity.createTenantGroupMembership(tenant, group);
        }
    }

    private String testAuthorization() {
        authorizations.createAuthorizationQuery().userIdIn(TEST_USER).resourceType(Resources.GROUP)
                .resourceId(TEST_GROUP).list().forEach(a -> authorizations.deleteAuthorization(a.getId()));
        Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setUserId(TEST_USER);
        authorization.setResource(Resources.GROUP);
        authorization.setResourceId(TEST_GROUP);
        authorization.addPermission(Permissions.READ);
        return authorizations.saveAuthorization(authorization).getId();
    }

    private Filter sharedFilter() {
        return filters.createFilterQuery().filterName("Tugas grup saya").singleResult();
    }

    /** Puts the shared filter back exactly as it was stored (name, query with its expressions, columns). */
    private void restoreSharedFilter(Call c) {
        jdbc.sql("update act_ru_filter set name_ = ?, query_ = ?, properties_ = ? where id_ = ?")
                .params(sharedFilterState.get("name_"), sharedFilterState.get("query_"),
                        sharedFilterState.get("properties_"), c.get("filter")).update();
    }

    private String testFilter() {
        Filter filter = filters.newTaskFilter("Filter uji " + SEQUENCE.incrementAndGet());
        filter.setQuery(tasks.createTaskQuery());
        return filters.saveFilter(filter).getId();
    }

    private String testBatch() {
        ProcessInstance probe = runtime.createProcessInstanceByKey(PROBE).setVariable("regionCode", "3516").execute();
        return runtime.setVariablesAsync(List.of(probe.getId()), Map.of(NOTE, "batch")).getId();
    }

    private String standaloneTask() {
        Task task = tasks.newTask("uji" + UUID.randomUUID().toString().replace("-", ""));
        task.setName("Tugas lepas uji");
        tasks.saveTask(task);
        return task.getId();
    }

    /** Removes the test variable wherever it is: task, the task's execution, the instance. */
    private void clearNote(Call c) {
        tasks.removeVariableLocal(c.get("task"), NOTE);
        runtime.removeVariableLocal(c.get("execution"), NOTE);
        runtime.removeVariable(c.get("instance"), NOTE);
    }

    private void ensureIncident(Call c) {
        c.put("incident", runtime.createIncident("uji", c.get("execution"), "akses").getId());
    }

    private String commentBy(String user, String taskId) {
        identity.setAuthenticatedUserId(user);
        try {
            return tasks.createComment(taskId, null, "Catatan dari " + user).getId();
        } finally {
            identity.clearAuthentication();
        }
    }

    private void lockExternalTask(Call c) {
        externalTasks().unlock(c.get("externalTask"));
        externalTasks().lock(c.get("externalTask"), WORKER, 60_000);
    }

    private org.camunda.bpm.engine.ExternalTaskService externalTasks() {
        return engine.getExternalTaskService();
    }

    private ProcessDefinition probeDefinition() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(PROBE).latestVersion().singleResult();
    }

    /** A process of its own deployment with a running instance; deployed by {@code user} ("system": nobody). */
    private String disposableDefinition(String user) {
        String key = "access-matrix-disposable-" + SEQUENCE.incrementAndGet();
        if (!"system".equals(user)) {
            identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
                    .map(Group::getId).toList());
        }
        try {
            repository.createDeployment().name(key).addString(key + ".bpmn", probeBpmn(key)).deploy();
        } finally {
            identity.clearAuthentication();
        }
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key).singleResult();
        runtime.createProcessInstanceById(definition.getId()).setVariable("regionCode", "3516").execute();
        return definition.getId();
    }

    /** A plan from the probe instance's version to a newer one of the same diagram, every activity mapped. */
    private Map<String, Object> migrationPlan(Call c) {
        String source = instance(c).getProcessDefinitionId();
        String target = c.get("targetDefinition");
        var plan = runtime.createMigrationPlan(source, target).mapEqualActivities().updateEventTriggers().build();
        List<Map<String, Object>> instructions = plan.getInstructions().stream()
                .map(i -> Map.<String, Object>of("sourceActivityIds", List.of(i.getSourceActivityId()),
                        "targetActivityIds", List.of(i.getTargetActivityId()), "updateEventTrigger",
                        i.isUpdateEventTrigger()))
                .toList();
        return Map.of("sourceProcessDefinitionId", source, "targetProcessDefinitionId", target,
                "instructions", instructions);
    }

    private String newerProbe(String source) {
        ProcessDefinition latest = probeDefinition();
        if (!latest.getId().equals(source)) {
            return latest.getId();
        }
        repository.createDeployment().name(PROBE).addString(PROBE + ".bpmn", probeBpmn(PROBE)
                .replace("Defs\"", "Defs\" name=\"v" + SEQUENCE.incrementAndGet() + "\"")).deploy();
        return probeDefinition().getId();
    }

    int failedAttempts(String user) {
        return jdbc.sql("select coalesce(attempts_, 0) from act_id_user where id_ = ?").param(user)
                .query(Integer.class).single();
    }

    private String analystsDisposable;

    private String analystsDisposableDefinition() {
        if (analystsDisposable == null || repository.createProcessDefinitionQuery()
                .processDefinitionId(analystsDisposable).count() == 0) {
            analystsDisposable = disposableDefinition("analis");
        }
        return analystsDisposable;
    }

    private org.camunda.bpm.engine.repository.DecisionDefinition routingDecision() {
        return repository.createDecisionDefinitionQuery().decisionDefinitionKey("serviceProcess").withoutTenantId()
                .latestVersion().singleResult();
    }

    private String sharedDisposableDefinition() {
        if (sharedDisposable == null || repository.createProcessDefinitionQuery()
                .processDefinitionId(sharedDisposable).count() == 0) {
            sharedDisposable = disposableDefinition("system");
        }
        return sharedDisposable;
    }

    private String triageDeadlineJobDefinition() {
        ProcessDefinition complaint = repository.createProcessDefinitionQuery().processDefinitionKey("complaint-handling")
                .latestVersion().singleResult();
        return management.createJobDefinitionQuery().processDefinitionId(complaint.getId())
                .activityIdIn("TriageComplaintDeadline").singleResult().getId();
    }

    private boolean jobDefinitionSuspended(Call c) {
        return management.createJobDefinitionQuery().jobDefinitionId(c.get("jobDefinition")).singleResult()
                .isSuspended();
    }

    // ------------------------------------------------------------------------------------------ request bodies

    static Map<String, Object> typed(Object value, String type) {
        return Map.of("value", value, "type", type);
    }

    private Map<String, Object> startForm(Call c) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("channel", typed("WALK_IN", "String"));
        form.put("regionCode", typed(c.on == OTHER ? "3578" : "3516", "String"));
        form.put("reporterName", typed("Pelapor Uji", "String"));
        form.put("subjectName", typed(c.on == CHILD ? "Anak Uji" : "Warga Uji", "String"));
        form.put("description", typed("Permohonan dari formulir awal", "String"));
        if (c.on == CHILD) {
            form.put("subjectBirthDate", typed("2011-03-04", "String"));
            form.put("subjectSex", typed("F", "String"));
        }
        return form;
    }

    private Map<String, Object> completion(Call c) {
        Map<String, Object> form = new LinkedHashMap<>();
        if ("AssignCaseworker".equals(c.get("taskKey"))) {
            form.put("assignedCaseworker", typed("peksos", "String"));
            form.put("investigationStartedOn", typed(LocalDate.now(OFFICE_ZONE).minusDays(1).toString(), "String"));
        } else if ("AssessChild".equals(c.get("taskKey"))) {
            form.put("childDetained", typed("NO", "String"));
            form.put("offenceThreat", typed("UNDER_SEVEN_YEARS", "String"));
            form.put("repeatOffence", typed("NO", "String"));
            form.put("familyMet", typed("YES", "String"));
            form.put("assessmentNote", typed("Anak tinggal bersama ibu", "String"));
        } else {
            form.put("triageDecision", typed("HANDLE", "String"));
            form.put("category", typed("SOCIAL_PROTECTION", "String"));
            form.put("priority", typed("NORMAL", "String"));
            form.put("triageNote", typed("Ditangani bidang linjamsos", "String"));
        }
        return form;
    }

    /** The task as the engine REST API describes it to an administrator, with one change: what Tasklist sends back. */
    private JsonNode taskAsSent(Call c, Consumer<ObjectNode> change) {
        ResponseEntity<String> read = as("admin").getForEntity("/engine-rest/task/" + c.get("task"), String.class);
        try {
            ObjectNode dto = (ObjectNode) json.readTree(read.getBody());
            dto.remove(List.of("camundaFormRef", "formKey", "taskState", "lastUpdated", "attachment", "comment"));
            change.accept(dto);
            return dto;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private MultiValueMap<String, Object> attachment() {
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("attachment-name", "Surat pengantar");
        body.add("attachment-description", "dari kelurahan");
        body.add("attachment-type", "application/pdf");
        body.add("url", "https://contoh.invalid/surat.pdf");
        return body;
    }

    private MultiValueMap<String, Object> deploymentOf(String key) {
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("deployment-name", key);
        body.add("data", new ByteArrayResource(probeBpmn(key).getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return key + ".bpmn";
            }
        });
        return body;
    }

    /**
     * The test process: started plainly, by a message or by a condition; it waits for a message (receive task), a
     * signal (after an event-based gateway) and a plain signal (receive task without message), each with a timer.
     */
    static String probeBpmn(String key) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Defs" targetNamespace="http://slrt.example/access">
                  <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="Start" />
                    <bpmn:startEvent id="StartByMessage"><bpmn:messageEventDefinition messageRef="StartMessage" /></bpmn:startEvent>
                    <bpmn:startEvent id="StartByCondition">
                      <bpmn:conditionalEventDefinition><bpmn:condition>${matrixGo == true}</bpmn:condition></bpmn:conditionalEventDefinition>
                    </bpmn:startEvent>
                    <bpmn:exclusiveGateway id="AnyStart" />
                    <bpmn:parallelGateway id="Fork" />
                    <bpmn:receiveTask id="WaitForMessage" messageRef="Wake" />
                    <bpmn:boundaryEvent id="MessageLate" attachedToRef="WaitForMessage">
                      <bpmn:timerEventDefinition><bpmn:timeDuration>P3650D</bpmn:timeDuration></bpmn:timerEventDefinition>
                    </bpmn:boundaryEvent>
                    <bpmn:eventBasedGateway id="AwaitSignal">
                      <bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>G1</bpmn:outgoing><bpmn:outgoing>G2</bpmn:outgoing>
                    </bpmn:eventBasedGateway>
                    <bpmn:intermediateCatchEvent id="Signalled">
                      <bpmn:incoming>G1</bpmn:incoming><bpmn:outgoing>G3</bpmn:outgoing>
                      <bpmn:signalEventDefinition signalRef="Sig" />
                    </bpmn:intermediateCatchEvent>
                    <bpmn:intermediateCatchEvent id="SignalLate">
                      <bpmn:incoming>G2</bpmn:incoming><bpmn:outgoing>G4</bpmn:outgoing>
                      <bpmn:timerEventDefinition><bpmn:timeDuration>P3650D</bpmn:timeDuration></bpmn:timerEventDefinition>
                    </bpmn:intermediateCatchEvent>
                    <bpmn:receiveTask id="WaitForSignal" />
                    <bpmn:boundaryEvent id="WaitLate" attachedToRef="WaitForSignal">
                      <bpmn:timerEventDefinition><bpmn:timeDuration>P3650D</bpmn:timeDuration></bpmn:timerEventDefinition>
                    </bpmn:boundaryEvent>
                    <bpmn:endEvent id="End1" /><bpmn:endEvent id="End2" /><bpmn:endEvent id="End3" />
                    <bpmn:endEvent id="End4" /><bpmn:endEvent id="End5" /><bpmn:endEvent id="End6" />
                    <bpmn:sequenceFlow id="S1" sourceRef="Start" targetRef="AnyStart" />
                    <bpmn:sequenceFlow id="S2" sourceRef="StartByMessage" targetRef="AnyStart" />
                    <bpmn:sequenceFlow id="S3" sourceRef="StartByCondition" targetRef="AnyStart" />
                    <bpmn:sequenceFlow id="S4" sourceRef="AnyStart" targetRef="Fork" />
                    <bpmn:sequenceFlow id="F1" sourceRef="Fork" targetRef="WaitForMessage" />
                    <bpmn:sequenceFlow id="F2" sourceRef="Fork" targetRef="AwaitSignal" />
                    <bpmn:sequenceFlow id="F3" sourceRef="Fork" targetRef="WaitForSignal" />
                    <bpmn:sequenceFlow id="M1" sourceRef="WaitForMessage" targetRef="End1" />
                    <bpmn:sequenceFlow id="M2" sourceRef="MessageLate" targetRef="End2" />
                    <bpmn:sequenceFlow id="G1" sourceRef="AwaitSignal" targetRef="Signalled" />
                    <bpmn:sequenceFlow id="G2" sourceRef="AwaitSignal" targetRef="SignalLate" />
                    <bpmn:sequenceFlow id="G3" sourceRef="Signalled" targetRef="End3" />
                    <bpmn:sequenceFlow id="G4" sourceRef="SignalLate" targetRef="End4" />
                    <bpmn:sequenceFlow id="W1" sourceRef="WaitForSignal" targetRef="End5" />
                    <bpmn:sequenceFlow id="W2" sourceRef="WaitLate" targetRef="End6" />
                  </bpmn:process>
                  <bpmn:message id="Wake" name="%2$s" />
                  <bpmn:message id="StartMessage" name="%3$s" />
                  <bpmn:signal id="Sig" name="%4$s" />
                </bpmn:definitions>
                """.formatted(key, WAKE, key.equals(PROBE) ? START_MESSAGE : START_MESSAGE + "-" + key, SIGNAL);
    }

    // ---------------------------------------------------------------------------------------------- reading back

    private long caseId(String registrationNumber) {
        return jdbc.sql("select id from slrt.case_file where registration_number = ?").param(registrationNumber)
                .query(Long.class).single();
    }

    private long instancesBoundTo(long caseId) {
        return runtime.createVariableInstanceQuery().variableName("caseId").variableValueEquals("caseId", caseId)
                .count();
    }

    long probeInstances() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROBE).count();
    }

    long caseFiles() {
        return jdbc.sql("select count(*) from slrt.case_file").query(Long.class).single();
    }

    long deployments() {
        return repository.createDeploymentQuery().count();
    }

    long filterCount() {
        return filters.createFilterQuery().count();
    }

    private boolean instanceExists(String id) {
        return runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0;
    }

    private ProcessInstance instance(Call c) {
        return runtime.createProcessInstanceQuery().processInstanceId(c.get("instance")).singleResult();
    }

    private Task task(Call c) {
        return tasks.createTaskQuery().taskId(c.get("task")).singleResult();
    }

    private Job job(Call c) {
        return management.createJobQuery().jobId(c.get("job")).singleResult();
    }

    private org.camunda.bpm.engine.externaltask.ExternalTask externalTask(Call c) {
        return externalTasks().createExternalTaskQuery().externalTaskId(c.get("externalTask")).singleResult();
    }

    private User user(Call c) {
        return identity.createUserQuery().userId(c.get("user")).singleResult();
    }

    private Comment instanceComment(Call c) {
        return tasks.getProcessInstanceComments(c.get("instance")).stream()
                .filter(comment -> comment.getId().equals(c.get("instanceComment"))).findFirst().orElse(null);
    }

    private List<String> candidateUsers(Call c) {
        return tasks.getIdentityLinksForTask(c.get("task")).stream().filter(l -> "candidate".equals(l.getType()))
                .map(IdentityLink::getUserId).filter(java.util.Objects::nonNull).toList();
    }

    private boolean waitingAt(Call c, String activityId) {
        return runtime.createExecutionQuery().processInstanceId(c.get("instance")).activityId(activityId).count() > 0;
    }

    /** Runs the batch the answer describes (seed, batch and monitor jobs), as the job executor would. */
    private void runBatch(Call c) {
        String batchId;
        try {
            batchId = json.readTree(c.response.getBody()).get("id").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
        for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
                batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId())) {
            management.createJobQuery().jobDefinitionId(definition).list()
                    .forEach(job -> management.executeJob(job.getId()));
        }
        management.deleteBatch(batchId, true);
    }

    // =============================================================================================================
    // Machinery: rows, calls, snapshots
    // =============================================================================================================

    static Route route(String family, String action, HttpMethod method, String path) {
        return new Route(family, action, method, path);
    }

    /** One row of the table: a route, what it is done to, and who may. */
    static final class Route {
        final String family;
        final String action;
        final HttpMethod method;
        final String path;
        Function<Call, Object> body;
        Function<Call, MultiValueMap<String, Object>> multipart;
        List<On> targets = List.of();
        final Map<On, Set<Role>> allowed = new EnumMap<>(On.class);
        final Map<On, Set<Role>> holes = new EnumMap<>(On.class);
        final Set<Role> nothing = EnumSet.noneOf(Role.class);
        final Map<On, Set<Role>> serverErrors = new EnumMap<>(On.class);
        /** The table a refusal changes all the same (see the row's HOLE comment); null: none. */
        String changedOnRefusal;
        Consumer<Call> prepare = c -> { };
        Consumer<Call> effect = c -> { };
        Consumer<Call> undo = c -> { };
        boolean keepsTarget;
        boolean withoutTarget;
        final Map<String, Function<EngineRestAccessMatrixTest, Object>> counts = new LinkedHashMap<>();

        Route(String family, String action, HttpMethod method, String path) {
            this.family = family;
            this.action = action;
            this.method = method;
            this.path = path;
        }

        Route body(Function<Call, Object> body) {
            this.body = body;
            return this;
        }

        Route multipart(Function<Call, MultiValueMap<String, Object>> multipart) {
            this.multipart = multipart;
            return this;
        }

        Route on(On... targets) {
            this.targets = List.of(targets);
            return this;
        }

        /** Allowed on every target of the row. */
        Route allow(Role... roles) {
            assertThat(targets).as("on(...) before allow(...)").isNotEmpty();
            targets.forEach(on -> allow(on, roles));
            return this;
        }

        Route allow(On on, Role... roles) {
            allowed.computeIfAbsent(on, k -> EnumSet.noneOf(Role.class)).addAll(Arrays.asList(roles));
            return this;
        }

        /** Allowed today although the access model says no: see the row's HOLE comment. */
        Route hole(Role... roles) {
            targets.forEach(on -> hole(on, roles));
            return this;
        }

        Route hole(On on, Role... roles) {
            holes.computeIfAbsent(on, k -> EnumSet.noneOf(Role.class)).addAll(Arrays.asList(roles));
            return this;
        }

        /** Answered 500 today, changing nothing: see the row's HOLE comment. */
        Route serverError(Role... roles) {
            targets.forEach(on -> serverError(on, roles));
            return this;
        }

        Route serverError(On on, Role... roles) {
            serverErrors.computeIfAbsent(on, k -> EnumSet.noneOf(Role.class)).addAll(Arrays.asList(roles));
            return this;
        }

        /** Refused, but {@code table} changes all the same: see the row's HOLE comment. */
        Route refusedButChanges(String table) {
            this.changedOnRefusal = table;
            return this;
        }

        /** Answered 2xx without changing anything. */
        Route nothing(Role... roles) {
            nothing.addAll(Arrays.asList(roles));
            return this;
        }

        /** Takes a count before each call, for an effect such as "one more instance". */
        Route counting(String name, Function<EngineRestAccessMatrixTest, Object> count) {
            counts.put(name, count);
            return this;
        }

        Route prepare(Consumer<Call> prepare) {
            this.prepare = prepare;
            return this;
        }

        Route effect(Consumer<Call> effect) {
            this.effect = effect;
            return this;
        }

        Route undo(Consumer<Call> undo) {
            this.undo = undo;
            return this;
        }

        /** An allowed call leaves the target usable (prepare sets what the call needs): no fresh target. */
        Route keepsTarget() {
            this.keepsTarget = true;
            return this;
        }

        /** The target only selects parameters (the regency, the service); nothing is done to it. */
        Route withoutTarget() {
            this.withoutTarget = true;
            return this;
        }

        Outcome expected(On on, Role role) {
            if (holes.getOrDefault(on, Set.of()).contains(role)) {
                return Outcome.HOLE;
            }
            if (serverErrors.getOrDefault(on, Set.of()).contains(role)) {
                return Outcome.SERVER_ERROR;
            }
            if (allowed.getOrDefault(on, Set.of()).contains(role)) {
                return Outcome.ALLOWED;
            }
            if (nothing.contains(role)) {
                return Outcome.NOTHING;
            }
            return changedOnRefusal != null ? Outcome.REFUSED_BUT_CHANGED : Outcome.REFUSED;
        }
    }

    /** Placeholder values of a target: ids of its instance, task, execution, job and so on. */
    static class Target {
        final Map<String, String> ids = new LinkedHashMap<>();

        String put(String name, String value) {
            ids.put(name, value);
            return value;
        }

        String get(String name) {
            return ids.get(name);
        }
    }

    /** One cell of the matrix being run. */
    final class Call {
        final Role role;
        final On on;
        final Target target;
        final boolean fresh;
        Snapshot before;
        ResponseEntity<String> response;
        String path;
        /** Counts taken before the call, for the rows whose effect is "one more". */
        final Map<String, Object> counts = new LinkedHashMap<>();

        Call(Role role, On on, Target target, boolean fresh) {
            this.role = role;
            this.on = on;
            this.target = target;
            this.fresh = fresh;
        }

        String caller() {
            return target.ids.getOrDefault("caller", role.user);
        }

        boolean fresh() {
            return fresh;
        }

        String get(String name) {
            if ("me".equals(name)) {
                return caller();
            }
            String value = target.ids.get(name);
            assertThat(value).as("target " + on + " has " + name).isNotNull();
            return value;
        }

        String put(String name, String value) {
            return target.put(name, value);
        }

        long caseId() {
            return Long.parseLong(get("caseId"));
        }

        <T> T remember(String name, T value) {
            counts.put(name, value);
            return value;
        }

        long probesBefore() {
            return (Long) counts.get("probes");
        }

        long caseFilesBefore() {
            return (Long) counts.get("caseFiles");
        }

        long deploymentsBefore() {
            return (Long) counts.get("deployments");
        }

        long filtersBefore() {
            return (Long) counts.get("filters");
        }

        Integer decisionTtlBefore() {
            return (Integer) counts.get("decisionTtl");
        }

        String resolve(String template) {
            Matcher m = Pattern.compile("\\{(\\w+)}").matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(get(m.group(1))));
            }
            m.appendTail(out);
            return out.toString();
        }
    }

    /**
     * What a refused call must leave as it was: the rows of the engine's runtime tables that belong to the targets'
     * instances and the case files, the identity, authorization (those of tasks: of the targets' tasks), filter,
     * deployment, definition, job-definition and batch tables whole, and how many instances, tasks, jobs, comments,
     * attachments, incidents, authorizations and case files exist.
     */
    record Snapshot(Map<String, String> tables) {

        static Snapshot of(EngineRestAccessMatrixTest test, Call call) {
            List<String> instances = new ArrayList<>();
            List<Long> cases = new ArrayList<>();
            Stream.concat(test.shared.values().stream(), Stream.of(call.target)).forEach(t -> {
                if (t.ids.containsKey("instance")) {
                    instances.add(t.ids.get("instance"));
                }
                if (t.ids.containsKey("caseId")) {
                    cases.add(Long.parseLong(t.ids.get("caseId")));
                }
            });
            instances.add("-");
            cases.add(-1L);
            Map<String, String> tables = new LinkedHashMap<>();
            test.jdbc.sql(SNAPSHOT).param("instances", instances).param("cases", cases).query(rs -> {
                int columns = rs.getMetaData().getColumnCount();
                for (int i = 1; i <= columns; i++) {
                    tables.put(rs.getMetaData().getColumnLabel(i), rs.getString(i));
                }
            });
            return new Snapshot(tables);
        }

        /** The tables whose content differs from {@code before}. */
        List<String> differences(Snapshot before) {
            return tables.keySet().stream().filter(t -> !java.util.Objects.equals(tables.get(t), before.tables.get(t)))
                    .map(t -> t + ": " + before.tables.get(t) + " -> " + tables.get(t)).toList();
        }

        static final String SNAPSHOT = """
                select
                  (select md5(coalesce(string_agg(x::text, '|' order by id_), '')) from act_ru_execution x
                     where proc_inst_id_ in (:instances)) as executions,
                  (select md5(coalesce(string_agg(x::text, '|' order by id_), '')) from act_ru_variable x
                     where proc_inst_id_ in (:instances)) as variables,
                  (select md5(coalesce(string_agg(x::text, '|' order by id_), '')) from act_ru_task x
                     where proc_inst_id_ in (:instances) or proc_inst_id_ is null) as tasks,
                  (select md5(coalesce(string_agg(x::text, '|' order by id_), '')) from act_ru_identitylink x
                     where task_id_ in (select id_ from act_ru_task where proc_inst_id_ in (:instances))) as candidates,
                  (select md5(coalesce(string_agg(x::text, '|' order by id_), '')) from act_ru_job x
                     where process_instance_id_ in (:instances) or process_instance_id_ is null) as jobs,
                  (select md5(coalesce(string_agg(x::text, '|' order by id_), '')) from act_ru_ext_task x
                     where proc_inst_id_ in (:instances)) as external_tasks,
                  (select md5(coalesce(string_agg(x::text, '|' order by id_), '')) from act_ru_event_subscr x
                     where proc_inst_id_ in (:instances) or proc_inst_id_ is null) as subscriptions,
                  (select md5(coalesce(string_agg(x::text, '|' order by id_), '')) from act_ru_incident x
                     where proc_inst_id_ in (:instances)) as incidents,
                  (select md5(coalesce(string_agg(x::text, '|' order by id_), '')) from act_hi_comment x
                     where proc_inst_id_ in (:instances)
                        or task_id_ in (select id_ from act_ru_task where proc_inst_id_ in (:instances))) as comments,
                  (select md5(coalesce(string_agg(x::text, '|' order by id_), '')) from act_hi_attachment x
                     where proc_inst_id_ in (:instances)
                        or task_id_ in (select id_ from act_ru_task where proc_inst_id_ in (:instances))) as attachments,
                  (select md5(coalesce(string_agg(x::text, '|' order by id), '')) from slrt.case_file x
                     where id in (:cases)) as case_files,
                  (select count(*) from slrt.case_event where case_id in (:cases)) as case_events,
                  (select md5(coalesce(string_agg(x::text, '|' order by id_), '')) from act_ru_authorization x
                     where resource_type_ not in (7, 19)
                        or resource_id_ in (select id_ from act_ru_task where proc_inst_id_ in (:instances)
                                               or proc_inst_id_ is null)) as authorizations,
                  (select count(*) from act_ru_authorization) as all_authorizations,
                  (select md5(coalesce(string_agg(x::text, '|' order by id_), '')) from act_id_user x) as users,
                  (select md5(coalesce(string_agg(x::text, '|' order by id_), '')) from act_id_group x) as groups,
                  (select md5(coalesce(string_agg(x::text, '|' order by user_id_, group_id_), '')) from act_id_membership x) as memberships,
                  (select md5(coalesce(string_agg(x::text, '|' order by id_), '')) from act_id_tenant x) as tenants,
                  (select md5(coalesce(string_agg(x::text, '|' order by id_), '')) from act_id_tenant_member x) as tenant_members,
                  (select md5(coalesce(string_agg(x::text, '|' order by id_), '')) from act_ru_filter x) as filters,
                  (select md5(coalesce(string_agg(x::text, '|' order by id_), '')) from act_re_deployment x) as deployments,
                  (select md5(coalesce(string_agg(x::text, '|' order by id_), '')) from act_re_procdef x) as definitions,
                  (select md5(coalesce(string_agg(x::text, '|' order by id_), '')) from act_ru_jobdef x) as job_definitions,
                  (select md5(coalesce(string_agg(x::text, '|' order by id_), '')) from act_ru_batch x) as batches,
                  (select count(*) from act_ru_execution) as all_executions,
                  (select count(*) from act_hi_procinst) as all_instances_ever,
                  (select count(*) from act_ru_task) as all_tasks,
                  (select count(*) from act_ru_job) as all_jobs,
                  (select count(*) from act_hi_comment) as all_comments,
                  (select count(*) from act_hi_attachment) as all_attachments,
                  (select count(*) from act_ru_incident) as all_incidents,
                  (select count(*) from slrt.case_file) as all_case_files
                """;
    }
}
