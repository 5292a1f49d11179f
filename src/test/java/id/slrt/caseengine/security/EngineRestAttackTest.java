package id.slrt.caseengine.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.support.IntegrationTest;
import id.slrt.caseengine.support.TestCases;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
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
 * The security probe's attacks through the engine REST API, as a front-office user and a caseworker would make
 * them: taking over another case through the {@code caseId} start variable, re-targeting or re-assigning a case
 * through variables a task's form does not have, and personal data of start-form intakes left in the engine's
 * history. Each is refused (4xx, never 500) and changes nothing.
 */
@IntegrationTest
class EngineRestAttackTest {

    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    id.slrt.caseengine.platform.Encryption encryption;
    @Autowired
    ProcessEngine engine;

    // ------------------------------------------------------------------------------- hole 2: caseId at start

    @Test
    void nobodyTakesOverAChildsCaseByStartingAProcessWithItsCaseId() throws Exception {
        String child = openChildsCase("3516");
        long caseId = caseId(child);
        String boundTo = processOf(caseId);
        long instancesBefore = engine.getRuntimeService().createProcessInstanceQuery().count();

        for (String user : List.of("operator", "peksos")) {
            for (String route : List.of("/engine-rest/process-definition/key/complaint-handling/start",
                    "/engine-rest/process-definition/key/complaint-handling/submit-form")) {
                ResponseEntity<String> response = post(user, route, Map.of("variables", Map.of(
                        "caseId", typed(caseId, "Long"), "regionCode", typed("3516", "String"))));
                assertThat(response.getStatusCode().is4xxClientError()).as(user + " " + route + ": " + response.getBody())
                        .isTrue();
            }
        }
        assertThat(processOf(caseId)).isEqualTo(boundTo);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
        assertThat(get("peksos", "/api/cases/" + child).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("operator", "/api/cases/" + child).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aCaseworkerOfOneRegencyCannotRelinkACaseOfAnother() {
        String other = openComplaint("3578", "admin");
        long caseId = caseId(other);
        String boundTo = processOf(caseId);
        ResponseEntity<String> response = post("peksos", "/engine-rest/process-definition/key/complaint-handling/start",
                Map.of("variables", Map.of("caseId", typed(caseId, "Long"))));
        assertThat(response.getStatusCode().is4xxClientError()).as(response.getBody()).isTrue();
        assertThat(response.getBody()).contains("Kasus hanya dapat dibuka lewat pendaftaran");
        assertThat(processOf(caseId)).isEqualTo(boundTo);
    }

    // ------------------------------------------------------------------ hole 3: variables the form does not have

    @Test
    void aTaskCompletionCarriesOnlyItsFormsFields() throws Exception {
        String mine = openComplaint("3516", "operator");
        String other = openComplaint("3516", "operator");
        Task triage = claimedTask("peksos", mine, "TriageComplaint");
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("triageDecision", typed("HANDLE", "String"));
        form.put("category", typed("SOCIAL_PROTECTION", "String"));
        form.put("priority", typed("NORMAL", "String"));
        form.put("triageNote", typed("Ditangani bidang linjamsos", "String"));

        for (Map.Entry<String, Object> extra : Map.<String, Object>of(
                "caseId", typed(caseId(other), "Long"),
                "assignedCaseworker", typed("opd", "String"),
                "resolutionDue", typed("2099-01-01T00:00:00+07:00", "String"),
                "registrationNumber", typed(other, "String")).entrySet()) {
            Map<String, Object> variables = new LinkedHashMap<>(form);
            variables.put(extra.getKey(), extra.getValue());
            for (String action : List.of("complete", "submit-form")) {
                ResponseEntity<String> response = post("peksos", "/engine-rest/task/" + triage.getId() + "/" + action,
                        Map.of("variables", variables));
                assertThat(response.getStatusCode()).as(action + " with " + extra.getKey() + ": " + response.getBody())
                        .isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(response.getBody()).contains(extra.getKey()).contains("hanya isian formulir");
            }
        }
        assertThat(engine.getTaskService().createTaskQuery().taskId(triage.getId()).count()).isEqualTo(1);
        assertThat(engine.getRuntimeService().getVariable(triage.getProcessInstanceId(), "caseId"))
                .isEqualTo(caseId(mine));
    }

    @Test
    void aSerializedJavaObjectIsNotAFormValue() {
        String mine = openComplaint("3516", "operator");
        Task triage = claimedTask("peksos", mine, "TriageComplaint");
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("value", "\"/tmp\"");
        file.put("type", "Object");
        file.put("valueInfo", Map.of("objectTypeName", "java.io.File", "serializationDataFormat", "application/json"));
        ResponseEntity<String> response = post("peksos", "/engine-rest/task/" + triage.getId() + "/complete",
                Map.of("variables", Map.of("triageNote", file)));
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("triageNote harus berupa teks, angka, ya/tidak atau tanggal");
    }

    @Test
    void aCaseworkerCannotRewriteATasksVariablesOrHandItToAnotherGroup() {
        String mine = openComplaint("3516", "operator");
        String other = openComplaint("3516", "operator");
        Task triage = claimedTask("peksos", mine, "TriageComplaint");
        String task = "/engine-rest/task/" + triage.getId();

        List<ResponseEntity<String>> attempts = List.of(
                post("peksos", task + "/variables", Map.of("modifications",
                        Map.of("caseId", typed(caseId(other), "Long")))),
                exchange("peksos", HttpMethod.PUT, task + "/variables/caseId", typed(caseId(other), "Long")),
                exchange("peksos", HttpMethod.PUT, task + "/localVariables/registrationNumber", typed(other, "String")),
                post("peksos", task + "/identity-links", Map.of("groupId", "opd-liaison", "type", "candidate")),
                post("peksos", task + "/assignee", Map.of("userId", "opd")),
                post("peksos", task + "/delegate", Map.of("userId", "opd")));
        for (ResponseEntity<String> attempt : attempts) {
            assertThat(attempt.getStatusCode().is4xxClientError()).as(attempt.getStatusCode() + " " + attempt.getBody())
                    .isTrue();
        }
        assertThat(engine.getRuntimeService().getVariable(triage.getProcessInstanceId(), "caseId"))
                .isEqualTo(caseId(mine));
        assertThat(engine.getTaskService().getIdentityLinksForTask(triage.getId()))
                .noneMatch(link -> "opd-liaison".equals(link.getGroupId()));
        assertThat(engine.getTaskService().createTaskQuery().taskId(triage.getId()).singleResult().getAssignee())
                .isEqualTo("peksos");
        // A supervisor may reassign within the group and region (Tasklist's reassignment), not to the OPD liaison.
        ResponseEntity<String> toOpd = post("supervisor", task + "/assignee", Map.of("userId", "opd"));
        assertThat(toOpd.getStatusCode().is4xxClientError()).as(toOpd.getBody()).isTrue();
    }

    // ------------------------------------------------------------ hole 4: start-form personal data in history

    @Test
    void aChildsDataFromTheStartFormNeverReachesTheEnginesTables() {
        String nik = "3516011405" + String.format("%06d", 100000 + SEQUENCE.incrementAndGet());
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("channel", typed("WALK_IN", "String"));
        form.put("regionCode", typed("3516", "String"));
        form.put("subjectName", typed("Anak Rahasia Sekali", "String"));
        form.put("subjectBirthDate", typed("2010-05-14", "String"));
        form.put("subjectSex", typed("M", "String"));
        form.put("subjectNik", typed(nik, "String"));
        form.put("subjectAddress", typed("Dusun Rahasia RT 09", "String"));
        form.put("reporterName", typed("Bripka Penyidik Rahasia", "String"));
        form.put("reporterPhone", typed("081299912345", "String"));
        form.put("description", typed("Surat B/999/XII/2026 Polsek Rahasia", "String"));
        ResponseEntity<String> started = post("operator",
                "/engine-rest/process-definition/key/abh-assistance/submit-form", Map.of("variables", form));
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);

        for (String secret : List.of(nik, "Anak Rahasia", "Dusun Rahasia", "Penyidik Rahasia", "99912345",
                "2010-05-14", "Polsek Rahasia")) {
            assertThat(engineRowsContaining(secret)).as("engine rows holding '" + secret + "'").isZero();
        }
        assertThat(jdbc.sql("select count(*) from slrt.case_person where nik_hash = any (?)")
                .param(encryption.keyedHashes(nik).toArray(String[]::new)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aHiddenReporterFromTheStartFormNeverReachesTheEnginesTables() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("channel", typed("WALK_IN", "String"));
        form.put("regionCode", typed("3516", "String"));
        form.put("reporterName", typed("Pelapor Tersembunyi Sekali", "String"));
        form.put("reporterPhone", typed("081277755511", "String"));
        form.put("subjectName", typed("Kepala Desa Contoh", "String"));
        form.put("category", typed("AID_MISUSE", "String"));
        form.put("description", typed("Bansos dipotong oleh perangkat desa", "String"));
        ResponseEntity<String> started = post("operator",
                "/engine-rest/process-definition/key/complaint-handling/submit-form", Map.of("variables", form));
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        for (String secret : List.of("Pelapor Tersembunyi", "77755511")) {
            assertThat(engineRowsContaining(secret)).as("engine rows holding '" + secret + "'").isZero();
        }
    }

    // ------------------------------------------------------------------------------------------------- helpers

    /** Rows of the engine's variable, history and byte-array tables whose text holds {@code secret}. */
    private long engineRowsContaining(String secret) {
        String like = "%" + secret + "%";
        return jdbc.sql("""
                        select (select count(*) from act_hi_varinst where text_ like :s or text2_ like :s)
                             + (select count(*) from act_hi_detail where text_ like :s or text2_ like :s)
                             + (select count(*) from act_ru_variable where text_ like :s or text2_ like :s)
                             + (select count(*) from act_ge_bytearray where position(convert_to(:raw, 'UTF8') in bytes_) > 0
                                  and name_ not like '%.bpmn' and name_ not like '%.form' and name_ not like '%.dmn')
                             + (select count(*) from act_hi_procinst where business_key_ like :s)""")
                .param("s", like).param("raw", secret).query(Long.class).single();
    }

    private String openChildsCase(String regency) throws Exception {
        Map<String, Object> request = TestCases.complaint();
        request.put("serviceType", "ABH_ASSISTANCE");
        request.put("regionCode", regency);
        TestCases.withSubject(request, "nik", null);
        TestCases.withSubject(request, "kkNumber", null);
        TestCases.withSubject(request, "sex", "M");
        TestCases.withSubject(request, "birthDate", "2010-05-14");
        TestCases.withSubject(request, "name", "Budi Anak " + SEQUENCE.incrementAndGet());
        ResponseEntity<String> response = post("operator", "/api/cases", request);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody()).get("registrationNumber").asText();
    }

    private String openComplaint(String regency, String user) {
        Map<String, Object> request = TestCases.complaint();
        request.put("regionCode", regency);
        TestCases.withSubject(request, "nik", null);
        TestCases.withSubject(request, "kkNumber", null);
        ResponseEntity<String> response = post(user, "/api/cases", request);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        try {
            return json.readTree(response.getBody()).get("registrationNumber").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Task claimedTask(String user, String registrationNumber, String taskKey) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(registrationNumber)
                .taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as("task " + taskKey).isNotNull();
        ResponseEntity<String> claimed = post(user, "/engine-rest/task/" + task.getId() + "/claim",
                Map.of("userId", user));
        assertThat(claimed.getStatusCode()).as(claimed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        return task;
    }

    private long caseId(String registrationNumber) {
        return jdbc.sql("select id from slrt.case_file where registration_number = ?").param(registrationNumber)
                .query(Long.class).single();
    }

    private String processOf(long caseId) {
        return jdbc.sql("select process_instance_id from slrt.case_file where id = ?").param(caseId)
                .query(String.class).single();
    }

    static Map<String, Object> typed(Object value, String type) {
        return Map.of("value", value, "type", type);
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
    }

    private ResponseEntity<String> post(String user, String path, Object body) {
        return exchange(user, HttpMethod.POST, path, body);
    }

    private ResponseEntity<String> exchange(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
