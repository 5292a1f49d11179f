package id.slrt.caseengine.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The case metrics as Prometheus reads them: two complaints are opened, one is closed at triage, the other
 * waits until it is flagged at risk and then breaches its triage deadline.
 */
@IntegrationTest
class CaseMetricsTest {

    static final ZoneOffset WIB = ZoneOffset.ofHours(7);
    /** Thursday 26 November 2026, 09:00 WIB: triage is due Tuesday 1 December, 16:00. */
    static final OffsetDateTime THURSDAY = OffsetDateTime.of(2026, 11, 26, 9, 0, 0, 0, WIB);
    static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})? (\\S+)$");

    @Autowired
    IntakeService intake;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void countersAndGaugesFollowTheCases() {
        ClockUtil.setCurrentTime(Date.from(THURSDAY.toInstant()));
        Map<String, Double> before = scrape();

        String answered = complaint("Menanyakan iuran BPJS mandiri");
        String forgotten = complaint("Bantuan PKH belum cair");
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(answered).singleResult().getId(),
                Map.of("triageDecision", "OUT_OF_SCOPE", "category", "SOCIAL_PROTECTION", "priority", "NORMAL",
                        "triageNote", "Iuran BPJS mandiri diurus di kantor BPJS Kesehatan."));

        Map<String, Double> afterClosing = scrape();
        assertThat(delta(before, afterClosing, "slrt_cases_opened_total", "service=\"COMPLAINT\"")).isEqualTo(2.0);
        assertThat(delta(before, afterClosing, "slrt_cases_closed_total", "service=\"COMPLAINT\"", "outcome=\"OUT_OF_SCOPE\""))
                .isEqualTo(1.0);
        assertGaugesMatchTheTables(afterClosing, OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), WIB));

        // Monday 09:00: 75 % of the triage time has gone.
        at(OffsetDateTime.of(2026, 11, 30, 9, 0, 0, 0, WIB));
        fireDueTimers(forgotten);
        Map<String, Double> atRisk = scrape();
        assertThat(delta(afterClosing, atRisk, "slrt_sla_at_risk_total", "process=\"complaint-handling\"", "task=\"TriageComplaint\""))
                .isEqualTo(1.0);
        assertGaugesMatchTheTables(atRisk, OffsetDateTime.of(2026, 11, 30, 9, 0, 0, 0, WIB));
        assertThat(value(atRisk, "slrt_cases_at_risk")).isGreaterThanOrEqualTo(1.0);

        // Tuesday 16:05: the deadline has passed.
        at(OffsetDateTime.of(2026, 12, 1, 16, 5, 0, 0, WIB));
        fireDueTimers(forgotten);
        Map<String, Double> breached = scrape();
        assertThat(delta(atRisk, breached, "slrt_sla_breached_total", "process=\"complaint-handling\"", "task=\"TriageComplaint\""))
                .isEqualTo(1.0);
        assertGaugesMatchTheTables(breached, OffsetDateTime.of(2026, 12, 1, 16, 5, 0, 0, WIB));
        assertThat(value(breached, "slrt_cases_breached")).isGreaterThanOrEqualTo(1.0);
        assertThat(delta(atRisk, breached, "slrt_cases_opened_total", "service=\"COMPLAINT\"")).isZero();
    }

    @Test
    void onlySupervisorsAndAdministratorsReadTheMetrics() {
        assertThat(http.withBasicAuth("peksos", "demo").getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("admin", "demo").getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    /** The gauges against counts made straight from the tables at the same moment. */
    private void assertGaugesMatchTheTables(Map<String, Double> metrics, OffsetDateTime now) {
        long open = jdbc.sql("select count(*) from slrt.case_file where closed_at is null").query(Long.class).single();
        long breached = jdbc.sql("""
                select count(*) from slrt.case_file c where c.closed_at is null and exists
                  (select 1 from slrt.sla_clock k where k.case_id = c.id and k.completed_at is null and k.due_at <= ?)""")
                .param(now).query(Long.class).single();
        long atRisk = jdbc.sql("""
                select count(*) from slrt.case_file c where c.closed_at is null
                   and exists (select 1 from slrt.sla_clock k where k.case_id = c.id and k.completed_at is null and k.at_risk_at is not null)
                   and not exists (select 1 from slrt.sla_clock k where k.case_id = c.id and k.completed_at is null and k.due_at <= ?)""")
                .param(now).query(Long.class).single();
        assertThat(value(metrics, "slrt_cases_open")).as("open").isEqualTo((double) open);
        assertThat(value(metrics, "slrt_cases_at_risk")).as("at risk").isEqualTo((double) atRisk);
        assertThat(value(metrics, "slrt_cases_breached")).as("breached").isEqualTo((double) breached);
    }

    private String complaint(String description) {
        return intake.open(new CaseIntakeRequest("COMPLAINT", Channel.WALK_IN, "3516",
                new CaseIntakeRequest.Subject(null, null, "Warga uji metrik", null, null, null),
                new CaseIntakeRequest.Reporter("Warga uji metrik", null), description), "operator").registrationNumber();
    }

    private void fireDueTimers(String businessKey) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
        List<Job> due = management.createJobQuery().processInstanceId(instance).timers().executable().list();
        assertThat(due).as("timers due now").isNotEmpty();
        due.forEach(job -> management.executeJob(job.getId()));
    }

    private static void at(OffsetDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.toInstant()));
    }

    /** Every sample of the Prometheus text format, keyed by name and labels. */
    private Map<String, Double> scrape() {
        ResponseEntity<String> response = http.withBasicAuth("supervisor", "demo").getForEntity("/actuator/prometheus", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Double> samples = new HashMap<>();
        for (String line : response.getBody().split("\n")) {
            Matcher m = SAMPLE.matcher(line.trim());
            if (!line.startsWith("#") && m.matches()) {
                samples.put(m.group(1) + (m.group(2) == null ? "" : m.group(2)), Double.parseDouble(m.group(3)));
            }
        }
        return samples;
    }

    /** The sum of the samples of a metric whose labels include all the given ones (0 when none yet). */
    private static double value(Map<String, Double> samples, String name, String... labels) {
        return samples.entrySet().stream()
                .filter(e -> e.getKey().equals(name) || e.getKey().startsWith(name + "{"))
                .filter(e -> java.util.Arrays.stream(labels).allMatch(l -> e.getKey().contains(l)))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, String name, String... labels) {
        return value(after, name, labels) - value(before, name, labels);
    }
}
