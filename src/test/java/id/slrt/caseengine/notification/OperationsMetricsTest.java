package id.slrt.caseengine.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.support.IntegrationTest;
import io.micrometer.observation.ObservationRegistry;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What an operator scrapes: the engine's health (open incidents, failed jobs, job backlog) and the outbound WhatsApp
 * and SMS calls (slrt.outbound.requests by provider), read with Prometheus's own credential, not a person's login.
 */
@IntegrationTest
class OperationsMetricsTest {

    static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})? (\\S+)$");
    static final String SCRAPE_USER = "prometheus";
    static final String SCRAPE_PASSWORD = "uji-kredensial-prometheus-0001";

    @Autowired
    TestRestTemplate http;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    IntakeService intake;
    @Autowired
    ObservationRegistry observations;

    @Test
    void engineHealthGaugesFollowIncidentsAndFailedJobs() {
        String key = intake.open(new CaseIntakeRequest("COMPLAINT", Channel.WALK_IN, "3516",
                new CaseIntakeRequest.Subject(null, null, "Warga uji kesehatan mesin", null, null, null),
                new CaseIntakeRequest.Reporter("Warga uji kesehatan mesin", null), "Uji metrik mesin"), "operator")
                .registrationNumber();
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult().getId();
        Map<String, Double> before = scrape();
        assertGaugesMatchTheEngine(before);

        String activity = runtime.getActiveActivityIds(instance).get(0);
        String execution = runtime.createExecutionQuery().processInstanceId(instance).activityId(activity).list().get(0)
                .getId();
        Incident incident = runtime.createIncident("slrt-uji", execution, "uji metrik");
        Job timer = management.createJobQuery().processInstanceId(instance).timers().list().get(0);
        management.setJobRetries(timer.getId(), 0);
        try {
            Map<String, Double> after = scrape();
            assertGaugesMatchTheEngine(after);
            assertThat(after.get("slrt_engine_jobs_failed") - before.get("slrt_engine_jobs_failed")).isEqualTo(1.0);
            assertThat(after.get("slrt_engine_incidents_open") - before.get("slrt_engine_incidents_open"))
                    .as("ours and the failed job's").isEqualTo(2.0);
        } finally {
            management.setJobRetries(timer.getId(), 3);
            runtime.resolveIncident(incident.getId());
        }
        assertGaugesMatchTheEngine(scrape());
    }

    @Test
    void outboundWhatsAppAndSmsCallsAreTimedByProvider() throws Exception {
        HttpServer provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            boolean sms = exchange.getRequestURI().getPath().startsWith("/v1/sms");
            byte[] answer = (sms ? "{\"id\":\"sms-1\"}" : "{\"messages\":[{\"id\":\"wamid.1\"}]}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(sms ? 200 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        provider.start();
        try {
            String base = "http://127.0.0.1:" + provider.getAddress().getPort();
            NotificationProperties.WhatsApp wa = new NotificationProperties.WhatsApp();
            wa.setGraphBaseUrl(base);
            wa.setApiVersion("v21.0");
            wa.setPhoneNumberId("106540352242922");
            wa.setAccessToken("uji");
            wa.setTimeout(Duration.ofSeconds(5));
            NotificationProperties.Sms sms = new NotificationProperties.Sms();
            sms.setGatewayUrl(base + "/v1/sms");
            sms.setApiToken("uji");
            sms.setTimeout(Duration.ofSeconds(5));
            OutboundMessage message = new OutboundMessage(1L, 1L, "WHATSAPP", "+6281234500001", "Uji", 1);
            new WhatsAppCloudSender(wa, observations).send(message);
            new SmsGatewaySender(sms, observations).send(message);
        } finally {
            provider.stop(0);
        }
        Map<String, Double> metrics = scrape();
        assertThat(metrics.keySet()).anySatisfy(k -> assertThat(k).startsWith("slrt_outbound_requests_seconds_count{")
                .contains("provider=\"whatsapp\"", "outcome=\"SUCCESS\"", "uri=\"/v21.0/106540352242922/messages\""));
        assertThat(metrics.keySet()).anySatisfy(k -> assertThat(k).startsWith("slrt_outbound_requests_seconds_count{")
                .contains("provider=\"sms\"", "status=\"200\""));
    }

    @Test
    void theScrapeCredentialReadsMetricsAndNothingElse() {
        assertThat(http.withBasicAuth(SCRAPE_USER, SCRAPE_PASSWORD).getForEntity("/actuator/prometheus", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth(SCRAPE_USER, "salah-kata-sandi-0000000").getForEntity("/actuator/prometheus",
                String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth(SCRAPE_USER, SCRAPE_PASSWORD).getForEntity("/api/cases", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth(SCRAPE_USER, SCRAPE_PASSWORD).getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("peksos", "demo").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private void assertGaugesMatchTheEngine(Map<String, Double> metrics) {
        assertThat(metrics.get("slrt_engine_incidents_open")).isEqualTo((double) runtime.createIncidentQuery().count());
        assertThat(metrics.get("slrt_engine_jobs_failed"))
                .isEqualTo((double) management.createJobQuery().noRetriesLeft().count());
        assertThat(metrics.get("slrt_engine_jobs_backlog"))
                .isEqualTo((double) management.createJobQuery().executable().active().count());
    }

    private Map<String, Double> scrape() {
        ResponseEntity<String> response = http.withBasicAuth(SCRAPE_USER, SCRAPE_PASSWORD)
                .getForEntity("/actuator/prometheus", String.class);
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
}
