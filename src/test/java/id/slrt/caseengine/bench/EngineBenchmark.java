package id.slrt.caseengine.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.slrt.caseengine.SlrtCaseEngineApplication;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.intake.Sex;
import id.slrt.caseengine.platform.EmbeddedPostgresServer;
import id.slrt.caseengine.security.region.RegionTenants;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The engine against its own limits (issue: performance). Run with {@code mvn -B -Pbench test}; sizes with
 * {@code -Dbench.cases=100000 -Dbench.timers=10000 -Dbench.intake=2000 -Dbench.completions=2000}. Prints a
 * table and writes {@code target/bench/results.json}. Every figure of a run is measured side by side on the
 * same machine, so the ratios mean something on a noisy one.
 */
class EngineBenchmark {

    static final int CLIENTS = 8;
    static final int CASES = Integer.getInteger("bench.cases", 100_000);
    static final int TIMERS = Integer.getInteger("bench.timers", 10_000);
    static final int INTAKE = Integer.getInteger("bench.intake", 2_000);
    static final int COMPLETIONS = Integer.getInteger("bench.completions", 2_000);
    static final int QUERIES = Integer.getInteger("bench.queries", 200);
    static final int WARM_UP = Integer.getInteger("bench.warmup", 500);
    /** Keep target/bench-pg from the previous run (its open cases are not loaded again): to repeat the queries. */
    static final boolean REUSE = Boolean.getBoolean("bench.reuse");

    final Map<String, Object> results = new LinkedHashMap<>();
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String base;
    Path dataDir;

    @Test
    void measure() throws Exception {
        dataDir = Path.of("target/bench-pg").toAbsolutePath();
        List<String> province = eastJavaRegencies();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SlrtCaseEngineApplication.class)
                .run("--server.port=0", "--slrt.embedded-db.data-dir=" + dataDir, "--slrt.embedded-db.clean=" + !REUSE,
                        "--slrt.regions.served=" + String.join(",", province),
                        "--logging.level.root=WARN", "--logging.level.id.slrt=WARN")) {
            servesEveryRegency(app, province);
            Environment env = app.getEnvironment();
            base = "http://localhost:" + env.getProperty("local.server.port");
            EmbeddedPostgresServer postgres = app.getBean(EmbeddedPostgresServer.class);
            postgres.createDatabaseIfMissing("bare");
            ProcessEngine bare = BareEngine.start(postgres.jdbcUrl("bare"), postgres.user());
            try {
                results.put("machine", machine());
                results.put("sizes", Map.of("cases", CASES, "timers", TIMERS, "intake", INTAKE, "completions",
                        COMPLETIONS, "clients", CLIENTS));
                if (REUSE) {
                    // Repeated subjects are flagged as possible duplicates: intake does more than in a fresh run.
                    results.put("reused_database", Map.of("note", "intake and completion figures not comparable"));
                }
                intake(province, bare);
                completions(app, bare);
                loadOpenCases(app, province);
                queries(app);
                memory();
                deadlineBurst(app);
            } finally {
                bare.close();
            }
        }
        write();
    }

    /** The 38 regencies and cities of East Java (province 35), from the bundled Kepmendagri 2025 list. */
    private static List<String> eastJavaRegencies() throws Exception {
        try (var in = EngineBenchmark.class.getClassLoader().getResourceAsStream("reference/regions-kepmendagri-2025.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(line -> line.split(",")[0])
                    .filter(code -> code.matches("35\\.\\d{2}"))
                    .map(code -> code.replace(".", ""))
                    .toList();
        }
    }

    /** A province deployment: the benchmark's staff work every regency (tenant) of the province. */
    private static void servesEveryRegency(ConfigurableApplicationContext app, List<String> regencies) {
        IdentityService identity = app.getBean(ProcessEngine.class).getIdentityService();
        for (String regency : regencies) {
            String tenant = RegionTenants.tenantOf(regency);
            for (String user : List.of("operator", "peksos", "supervisor")) {
                if (identity.createUserQuery().userId(user).memberOfTenant(tenant).count() == 0) {
                    identity.createTenantUserMembership(tenant, user);
                }
            }
        }
    }

    private void intake(List<String> province, ProcessEngine bare) throws Exception {
        AtomicInteger seq = new AtomicInteger();
        warmUp(province, bare);
        CpuMeter cpu = CpuMeter.start(dataDir);
        Measurements.Run ceiling = Measurements.concurrently(INTAKE, CLIENTS, i ->
                bare.getRuntimeService().startProcessInstanceByKey("complaint-handling",
                        "BARE-" + seq.incrementAndGet(), bareVariables(i)));
        Map<String, Object> ceilingCpu = cpu.perOperation(INTAKE);
        // A province deployment: cases of 38 regencies, so registration numbers rarely wait for each other.
        cpu = CpuMeter.start(dataDir);
        Measurements.Run provinceRun = Measurements.concurrently(INTAKE, CLIENTS, i ->
                created(post("/api/cases", complaintJson(i, province.get(i % province.size())), "operator")));
        Map<String, Object> provinceCpu = cpu.perOperation(INTAKE);
        // One city office: every case takes the next number of the same regency and year.
        cpu = CpuMeter.start(dataDir);
        Measurements.Run cityRun = Measurements.concurrently(INTAKE, CLIENTS, i ->
                created(post("/api/cases", complaintJson(INTAKE + i, "3516"), "operator")));
        Map<String, Object> cityCpu = cpu.perOperation(INTAKE);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("bare_engine", withCpu(ceiling, ceilingCpu));
        figures.put("project_http_province_38_regencies", withCpu(provinceRun, provinceCpu));
        figures.put("ratio_province", Measurements.round(provinceRun.perSecond() / ceiling.perSecond()));
        figures.put("project_http_one_regency", withCpu(cityRun, cityCpu));
        figures.put("ratio_one_regency", Measurements.round(cityRun.perSecond() / ceiling.perSecond()));
        results.put("intake", figures);
    }

    /**
     * The first few hundred operations of a JVM run mostly interpreted code; both sides get the same warm-up, so
     * neither pays for the JIT compiler inside its measured minutes.
     */
    private void warmUp(List<String> province, ProcessEngine bare) throws Exception {
        int n = WARM_UP;
        Measurements.concurrently(n, CLIENTS, i -> bare.getRuntimeService()
                .startProcessInstanceByKey("complaint-handling", "WARM-" + i, bareVariables(i)));
        Measurements.concurrently(n, CLIENTS, i ->
                created(post("/api/cases", complaintJson(900_000 + i, province.get(i % province.size())), "operator")));
    }

    private static Map<String, Object> withCpu(Measurements.Run run, Map<String, Object> cpu) {
        Map<String, Object> figures = run.asMap();
        figures.putAll(cpu);
        return figures;
    }

    private static void created(HttpResponse<String> response) {
        if (response.statusCode() != 201) {
            throw new IllegalStateException("intake answered " + response.statusCode() + ": " + response.body());
        }
    }

    private void completions(ConfigurableApplicationContext app, ProcessEngine bare) throws Exception {
        TaskService tasks = app.getBean(ProcessEngine.class).getTaskService();
        List<Task> projectTasks = tasks.createTaskQuery().taskDefinitionKey("TriageComplaint")
                .listPage(0, COMPLETIONS);
        List<Task> bareTasks = bare.getTaskService().createTaskQuery().taskDefinitionKey("TriageComplaint")
                .listPage(0, COMPLETIONS);
        int n = Math.min(projectTasks.size(), bareTasks.size());
        Map<String, Object> triage = Map.of("triageDecision", "HANDLE", "category", "SOCIAL_PROTECTION",
                "priority", "NORMAL", "triageNote", "Diperiksa");
        CpuMeter cpu = CpuMeter.start(dataDir);
        Measurements.Run project = Measurements.concurrently(n, CLIENTS, i ->
                tasks.complete(projectTasks.get(i).getId(), triage));
        Map<String, Object> projectCpu = cpu.perOperation(n);
        cpu = CpuMeter.start(dataDir);
        Measurements.Run ceiling = Measurements.concurrently(n, CLIENTS, i ->
                bare.getTaskService().complete(bareTasks.get(i).getId(), triage));
        Map<String, Object> ceilingCpu = cpu.perOperation(n);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("project", withCpu(project, projectCpu));
        figures.put("bare_engine", withCpu(ceiling, ceilingCpu));
        figures.put("ratio", Measurements.round(project.perSecond() / ceiling.perSecond()));
        results.put("completion", figures);
    }

    private void loadOpenCases(ConfigurableApplicationContext app, List<String> province) throws Exception {
        IntakeService intake = app.getBean(IntakeService.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        long open = jdbc.sql("select count(*) from slrt.case_file where closed_at is null").query(Long.class).single();
        int missing = (int) Math.max(0, CASES - open);
        // Spread over the province's regencies like the province intake run (one regency would serialise the
        // load on its number counter and double the time it takes to get to 100,000 open cases).
        Measurements.Run load = Measurements.concurrently(missing, CLIENTS, i ->
                intake.open(complaintRequest(100_000 + i, province.get(i % province.size())), "operator"));
        // As after any bulk load: autovacuum would get there by itself, but not before the queries below run.
        long vacuumStart = System.nanoTime();
        jdbc.sql("vacuum (analyze) act_ru_task, act_ru_identitylink, act_ru_authorization, act_ru_job, "
                + "act_ru_execution, act_ru_variable, slrt.case_file, slrt.case_person, slrt.sla_clock").update();
        Map<String, Object> figures = new LinkedHashMap<>(load.asMap());
        figures.put("vacuumAnalyzeSeconds", Measurements.round((System.nanoTime() - vacuumStart) / 1e9));
        figures.put("openCasesAfter", jdbc.sql("select count(*) from slrt.case_file where closed_at is null")
                .query(Long.class).single());
        results.put("load_open_cases_in_process", figures);
    }

    private void queries(ConfigurableApplicationContext app) throws Exception {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        List<String> numbers = jdbc.sql("select registration_number from slrt.case_file order by random() limit ?")
                .param(QUERIES).query(String.class).list();
        id.slrt.caseengine.platform.Encryption encryption = app.getBean(id.slrt.caseengine.platform.Encryption.class);
        List<String> niks = jdbc.sql("select nik from slrt.case_person where nik is not null order by random() limit ?")
                .param(QUERIES).query(String.class).list().stream().map(encryption::openText).toList();
        String groupFilter = filterId("Tugas grup saya");
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("group_tasks_by_due_date_first_50", Measurements.sequentially(QUERIES, i ->
                ok(post("/engine-rest/filter/" + groupFilter + "/list?firstResult=0&maxResults=50", "{}", "peksos"))).asMap());
        // Tasklist asks for HAL, which adds the filter's total count: every visible task of the group is counted.
        figures.put("group_tasks_as_tasklist_asks_hal_with_count", Measurements.sequentially(Math.min(QUERIES, 20), i ->
                ok(post("/engine-rest/filter/" + groupFilter + "/list?firstResult=0&maxResults=50", "{}", "peksos",
                        "application/hal+json"))).asMap());
        figures.put("search_by_registration_number", Measurements.sequentially(numbers.size(), i ->
                ok(get("/api/cases?registrationNumber=" + numbers.get(i), "peksos"))).asMap());
        figures.put("search_by_nik", Measurements.sequentially(niks.size(), i ->
                ok(get("/api/cases?nik=" + niks.get(i), "peksos"))).asMap());
        figures.put("dashboard_overdue_first_50", Measurements.sequentially(QUERIES, i ->
                ok(get("/api/cases?overdue=true&size=50", "supervisor"))).asMap());
        results.put("queries_at_scale", figures);
    }

    private void memory() throws Exception {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("heapUsedMiB", (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
        figures.put("heapMaxMiB", runtime.maxMemory() / (1024 * 1024));
        figures.put("rssMiB", rssMiB());
        figures.put("note", "one JVM holds the app, the benchmark clients and the bare engine");
        results.put("memory_after_load", figures);
    }

    private void deadlineBurst(ConfigurableApplicationContext app) throws Exception {
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        String deploymentId = engine.getRepositoryService().createDeployment().name("bench-deadline")
                .addModelInstance("bench-deadline.bpmn", Bpmn.createExecutableProcess("bench-deadline")
                        .camundaHistoryTimeToLive(1).startEvent()
                        .userTask("Work").name("Tugas").camundaFormRef("bench-form").camundaFormRefBinding("deployment")
                        .camundaCandidateGroups("caseworker").camundaDueDate("P1D")
                        .boundaryEvent("Breach").cancelActivity(false).timerWithDate("${burstAt}")
                        .userTask("Escalate").name("Eskalasi").camundaFormRef("bench-form")
                        .camundaFormRefBinding("deployment").camundaCandidateGroups("supervisor").camundaDueDate("P1D")
                        .endEvent().moveToActivity("Work").endEvent().done())
                .addString("bench-form.form", "{\"id\":\"bench-form\",\"type\":\"default\",\"schemaVersion\":16,\"components\":[]}")
                .deploy().getId();
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(deploymentId)
                .singleResult().getId();
        String farFuture = LocalDate.now().plusYears(1) + "T00:00:00";
        Measurements.Run start = Measurements.concurrently(TIMERS, CLIENTS, i ->
                engine.getRuntimeService().startProcessInstanceByKey("bench-deadline", Map.of("burstAt", farFuture)));
        long due = System.currentTimeMillis();
        jdbc.sql("update public.act_ru_job set duedate_ = now() where type_ = 'timer' and process_def_id_ = ?")
                .param(definitionId).update();
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().jobWasAdded();
        long escalated = 0;
        long deadline = due + 600_000;
        while (System.currentTimeMillis() < deadline) {
            escalated = engine.getTaskService().createTaskQuery().processDefinitionId(definitionId)
                    .taskDefinitionKey("Escalate").count();
            if (escalated >= TIMERS) {
                break;
            }
            Thread.sleep(200);
        }
        double seconds = (System.currentTimeMillis() - due) / 1000.0;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("timers", TIMERS);
        figures.put("startRatePerSecond", Measurements.round(start.perSecond()));
        figures.put("escalated", escalated);
        figures.put("secondsUntilAllFiredAndEscalated", Measurements.round(seconds));
        results.put("deadline_burst", figures);
    }

    private String filterId(String name) throws Exception {
        String body = get("/engine-rest/filter?name=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8), "peksos").body();
        return new ObjectMapper().readTree(body).get(0).get("id").asText();
    }

    private static void ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("answered " + response.statusCode() + ": " + response.body());
        }
    }

    private HttpResponse<String> post(String path, String json, String user) throws Exception {
        return post(path, json, user, "application/json");
    }

    private HttpResponse<String> post(String path, String json, String user, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(user))
                .header("Content-Type", "application/json").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(user)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    static String nik(int i) {
        // A valid NIK structure for regency 3516, district 01: birth date 01-01-80 (men), serial from the index.
        return String.format("351601%02d%02d%02d%04d", 1 + i % 28, 1 + (i / 28) % 12, 60 + (i / 336) % 40, 1 + i % 9999);
    }

    private static String complaintJson(int i, String regency) {
        return """
                {"serviceType":"COMPLAINT","channel":"WALK_IN","regionCode":"%s",
                 "subject":{"nik":"%s","name":"Warga Uji %d"},
                 "reporter":{"name":"Pelapor Uji %d","phone":"08123%07d"},
                 "description":"Bantuan belum diterima (uji beban)"}""".formatted(regency, nik(i), i, i, i % 10_000_000);
    }

    private static CaseIntakeRequest complaintRequest(int i, String regency) {
        return new CaseIntakeRequest("COMPLAINT", Channel.WALK_IN, regency,
                new CaseIntakeRequest.Subject(nik(i), null, "Warga Uji " + i, null, Sex.M, null),
                new CaseIntakeRequest.Reporter("Pelapor Uji " + i, String.format("08123%07d", i % 10_000_000)),
                "Bantuan belum diterima (uji beban)");
    }

    private static Map<String, Object> bareVariables(int i) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseId", (long) i);
        variables.put("registrationNumber", String.format("SLRT-3516-2026-%06d", i));
        variables.put("serviceType", "COMPLAINT");
        variables.put("channel", "WALK_IN");
        variables.put("regionCode", "3516");
        variables.put("regionName", "Kabupaten Mojokerto");
        variables.put("description", "Bantuan belum diterima (uji beban)");
        variables.put("subjectName", "Warga Uji " + i);
        variables.put("category", null);
        return variables;
    }

    private static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cpus", Runtime.getRuntime().availableProcessors());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("jvmArgs", ManagementFactory.getRuntimeMXBean().getInputArguments());
        return machine;
    }

    private static long rssMiB() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    private void write() throws Exception {
        Path out = Path.of("target/bench/results.json");
        Files.createDirectories(out.getParent());
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(out, json.writeValueAsString(results));
        System.out.println();
        System.out.println("=== SLRT Case Engine benchmark (" + out + ") ===");
        results.forEach((section, figures) -> {
            System.out.println(section);
            if (figures instanceof Map<?, ?> map) {
                map.forEach((k, v) -> System.out.printf("  %-40s %s%n", k, v));
            }
        });
    }
}
