package id.slrt.caseengine.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.casefile.CaseStatusService;
import id.slrt.caseengine.channel.ChannelSecrets;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bad input at every public door: malformed JSON, wrong types, oversize bodies, control characters, script tags,
 * SQL fragments, impossible dates and numbers, broken URLs. Every answer is a 4xx with a problem document in
 * Indonesian naming the field (HTML pages for the citizen survey, with what was typed escaped), and nothing is
 * written: the project's tables have the same number of rows before and after each probe.
 */
@IntegrationTest
class BadInputTest {

    static final List<String> TABLES = List.of("case_file", "case_person", "case_event", "notification_outbox",
            "inbound_message", "intake_idempotency", "survey_response", "case_access_audit", "registration_counter",
            "case_link", "sla_clock");
    static final Pattern LINK = Pattern.compile("/survei/([A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    IntakeService intake;
    @Autowired
    CaseStatusService statuses;
    @Autowired
    CaseFileRepository cases;

    final HttpClient client = HttpClient.newHttpClient();

    /** One bad request and what must come back: a status and (for JSON answers) the field named. */
    record Probe(String name, String method, String path, String user, String contentType, byte[] body,
                 Map<String, String> headers, int status, String field, boolean chunked) {
    }

    final List<Probe> probes = new ArrayList<>();
    final List<String> failures = new ArrayList<>();

    @Test
    void everyDoorAnswersBadInputWithAClearClientErrorAndWritesNothing() throws Exception {
        String good = json.writeValueAsString(id.slrt.caseengine.support.TestCases.complaint());
        String token = surveyLink();

        // POST /api/cases
        intake("malformed JSON", good.substring(0, good.length() - 3), 400, "body");
        intake("array instead of object", "[1,2,3]", 400, "body");
        intake("empty body", "", 400, "body");
        intake("JSON null", "null", 400, "body");
        intake("region code as a number", good.replace("\"regionCode\":\"3516\"", "\"regionCode\":3516"), 400, "regionCode");
        intake("channel as an enum index", good.replace("\"WALK_IN\"", "5"), 400, "channel");
        intake("unknown channel", good.replace("\"WALK_IN\"", "\"FAX\""), 400, "channel");
        intake("impossible date", good.replace("1985-03-12", "1985-02-30"), 400, "subject.birthDate");
        intake("date as a number", good.replace("\"1985-03-12\"", "19850312"), 400, "subject.birthDate");
        intake("date in another format", good.replace("1985-03-12", "12/03/1985"), 400, "subject.birthDate");
        intake("birth date in the future", good.replace("1985-03-12", "2999-03-12"), 400, "subject.birthDate");
        intake("NIK with a letter", good.replace("3516015203850001", "35160152O3850001"), 400, "subject.nik");
        intake("NIK as a number", good.replace("\"3516015203850001\"", "3516015203850001"), 400, "subject.nik");
        intake("NIK too long", good.replace("3516015203850001", "35160152038500011"), 400, "subject.nik");
        intake("NUL in a name", good.replace("\"Sri Wahyuni\",\"birthDate\"", "\"Sri\\u0000Wahyuni\",\"birthDate\""), 400, "subject.name");
        intake("escape sequence in the description", good.replace("Bantuan PKH", "\\u001b[31mBantuan PKH"), 400, "description");
        intake("unknown field", good.replace("{\"serviceType\"", "{\"isAdmin\":true,\"serviceType\""), 400, "isAdmin");
        intake("subject as text", good.replaceAll("\"subject\":\\{[^}]*\\}", "\"subject\":\"Sri\""), 400, "subject");
        intake("description as a boolean", good.replace("\"Bantuan PKH belum cair sejak Maret\"", "true"), 400, "description");
        intake("description too long", good.replace("Bantuan PKH belum cair sejak Maret", "x".repeat(4001)), 400, "description");
        intake("SQL in the region code", good.replace("\"3516\"", "\"3516' OR '1'='1\""), 400, "regionCode");
        intake("SQL in the service type", good.replace("\"COMPLAINT\"", "\"COMPLAINT'; DROP TABLE slrt.case_file;--\""), 400, "serviceType");
        intake("script in the phone number", good.replace("+6281234500001", "<script>alert(1)</script>"), 400, "reporter.phone");
        intake("unknown sex", good.replace("\"sex\":\"F\"", "\"sex\":\"X\""), 400, "subject.sex");
        intake("script as the category", good.replace("{\"serviceType\"", "{\"category\":\"<script>\",\"serviceType\""), 400, "category");
        String oversize = good.replace("Bantuan PKH belum cair sejak Maret", "x".repeat(300 * 1024));
        intake("oversize body", oversize, 413, "body");
        probes.add(new Probe("oversize chunked body", "POST", "/api/cases", "operator", "application/json",
                oversize.getBytes(StandardCharsets.UTF_8), Map.of(), 413, "body", true));
        probes.add(new Probe("plain text body", "POST", "/api/cases", "operator", "text/plain", "hallo".getBytes(), Map.of(),
                415, null, false));

        // GET /api/cases (search) and case routes
        get("SQL in the NIK", "/api/cases?nik=" + enc("1' OR '1'='1"), "peksos", 400, "nik");
        get("page as text", "/api/cases?page=abc", "peksos", 400, "page");
        get("page far away", "/api/cases?page=2000000000&size=200", "peksos", 400, "page");
        get("size zero", "/api/cases?size=0", "peksos", 400, "size");
        get("size beyond an int", "/api/cases?size=99999999999", "peksos", 400, "size");
        get("open not a boolean", "/api/cases?open=mungkin", "peksos", 400, "open");
        get("unknown status", "/api/cases?status=NOPE", "peksos", 400, "status");
        get("SQL in the service type", "/api/cases?serviceType=" + enc("x' OR 1=1--"), "peksos", 400, "serviceType");
        get("letters as region", "/api/cases?regionCode=abcd", "peksos", 400, "regionCode");
        get("script as registration number", "/api/cases/" + enc("<script>"), "peksos", 400, "registrationNumber");
        get("encoded NUL in the path", "/api/cases/SLRT%00", "peksos", 400, null);
        get("semicolon in the path", "/api/cases/SLRT%3Bx", "peksos", 400, null);
        get("malformed number in the audit", "/api/cases/SLRT-1/audit", "supervisor", 400, "registrationNumber");

        // Webhooks (signed, so the body itself is what is refused)
        sms("SMS malformed JSON", "{\"messageId\":", 400, "body");
        sms("SMS message id as a number", "{\"messageId\":42,\"sender\":\"081234500001\",\"text\":\"halo\"}", 400, "messageId");
        sms("SMS NUL in the message id", "{\"messageId\":\"a\\u0000b\",\"sender\":\"081234500001\",\"text\":\"halo\"}", 400, "messageId");
        sms("SMS without sender", "{\"messageId\":\"bad-1\",\"text\":\"halo\"}", 400, "sender");
        sms("SMS text as a list", "{\"messageId\":\"bad-2\",\"sender\":\"081234500001\",\"text\":[\"halo\"]}", 400, "text");
        sms("SMS oversize", "{\"messageId\":\"big\",\"sender\":\"081234500001\",\"text\":\"" + "x".repeat(300 * 1024) + "\"}", 413, "body");
        probes.add(new Probe("SMS unsigned", "POST", "/webhooks/sms", null, "application/json",
                "{\"messageId\":\"u-1\",\"sender\":\"081234500001\",\"text\":\"halo\"}".getBytes(), Map.of(), 401, null, false));
        whatsapp("WhatsApp malformed JSON", "{\"object\":", 400, "body");
        whatsapp("WhatsApp entry not a list", "{\"object\":\"whatsapp_business_account\",\"entry\":\"x\"}", 400, "entry");
        whatsapp("WhatsApp message id as a number", waMessage("42", "\"6281234500009\""), 400, "entry.changes.value.messages");
        whatsapp("WhatsApp sender with letters", waMessage("\"wamid.bad-1\"", "\"62812<script>\""), 400, "entry.changes.value.messages");
        whatsapp("WhatsApp oversize", "{\"object\":\"whatsapp_business_account\",\"x\":\"" + "x".repeat(300 * 1024) + "\"}", 413, "body");

        // Public status
        probes.add(new Probe("public status: script as phone", "GET", "/api/public/cases/SLRT-3516-2026-000001/status", null,
                null, null, Map.of("X-Reporter-Phone", "<script>"), 400, "X-Reporter-Phone", false));
        probes.add(new Probe("public status: no phone", "GET", "/api/public/cases/SLRT-3516-2026-000001/status", null,
                null, null, Map.of(), 400, "X-Reporter-Phone", false));

        // Admin and supervisor endpoints
        probes.add(new Probe("migration: dryRun not a boolean", "POST", "/api/admin/process-migrations/complaint-handling?dryRun=mungkin",
                "admin", null, null, Map.of(), 400, "dryRun", false));
        probes.add(new Probe("migration: unknown process", "POST", "/api/admin/process-migrations/" + enc("x' OR 1=1"),
                "admin", null, null, Map.of(), 400, "processKey", false));
        probes.add(new Probe("outbox retry: id as text", "POST", "/api/notifications/outbox/abc/retry", "supervisor", null,
                null, Map.of(), 400, "id", false));
        get("outbox: unknown status", "/api/notifications/outbox?status=NOPE", "supervisor", 400, "status");
        get("IKM: month 13", "/api/survey/ikm?period=2026-13", "supervisor", 400, "period");
        get("IKM: script as unit", "/api/survey/ikm?unit=" + enc("<script>"), "supervisor", 400, "unit");
        get("IKM: unknown breakdown", "/api/survey/ikm/breakdown?by=X", "supervisor", 400, "by");

        // Citizen survey pages (HTML): a clear page, what was typed shown escaped
        form("survey code with a script", "/survei", Map.of("kode", "<script>alert(1)</script>"), 400);
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 9; i++) {
            answers.put("u" + i, "3");
        }
        Map<String, String> outOfScale = new LinkedHashMap<>(answers);
        outOfScale.put("u1", "9");
        outOfScale.put("comment", "<script>alert('x')</script>");
        form("survey answer out of the scale", "/survei/" + token, outOfScale, 400);
        Map<String, String> notANumber = new LinkedHashMap<>(answers);
        notANumber.put("u5", "' OR 1=1--");
        form("survey answer not a number", "/survei/" + token, notANumber, 400);
        probes.add(new Probe("survey oversize", "POST", "/survei/" + token, null, "application/x-www-form-urlencoded",
                ("u1=3&comment=" + "x".repeat(300 * 1024)).getBytes(), Map.of(), 413, null, false));

        for (Probe probe : probes) {
            run(probe);
        }
        assertThat(failures).as("probes that were not answered as they should").isEmpty();
    }

    @Test
    void textThatLooksLikeCodeIsStoredAsTextAndShownEscaped() throws Exception {
        long before = count("case_file");
        Map<String, Object> request = id.slrt.caseengine.support.TestCases.complaint();
        id.slrt.caseengine.support.TestCases.withSubject(request, "name", "Robert'); DROP TABLE slrt.case_file;--");
        request.put("description", "<script>alert('x')</script> & <b>tebal</b>");
        HttpResponse<String> opened = send("POST", "/api/cases", "operator", "application/json",
                json.writeValueAsBytes(request), Map.of(), false);
        assertThat(opened.statusCode()).isEqualTo(201);
        assertThat(count("case_file")).isEqualTo(before + 1);
        String number = json.readTree(opened.body()).get("registrationNumber").asText();
        JsonNode view = json.readTree(send("GET", "/api/cases/" + number, "peksos", null, null, Map.of(), false).body());
        assertThat(view.at("/subject/name").asText()).isEqualTo("Robert'); DROP TABLE slrt.case_file;--");
        assertThat(view.get("description").asText()).isEqualTo("<script>alert('x')</script> & <b>tebal</b>");

        // A citizen's suggestion with a script is shown escaped in the supervisors' IKM report.
        String token = surveyLink();
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 9; i++) {
            answers.put("u" + i, "4");
        }
        answers.put("comment", "<script>alert('ikm')</script> Antrean lama");
        assertThat(sendForm("/survei/" + token, answers).statusCode()).as("stored, then the thank-you page").isIn(200, 302, 303);
        HttpResponse<String> report = send("GET", "/app/survey/ikm?unit=3516", "supervisor", null, null, Map.of(), false);
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("&lt;script&gt;alert(&#39;ikm&#39;)&lt;/script&gt; Antrean lama")
                .doesNotContain("<script>alert('ikm')");
    }

    private void run(Probe probe) throws Exception {
        Map<String, Long> before = counts();
        HttpResponse<String> answer = send(probe.method(), probe.path(), probe.user(), probe.contentType(), probe.body(),
                probe.headers(), probe.chunked());
        Map<String, Long> after = counts();
        String what = probe.name() + " (" + probe.method() + " " + shorten(probe.path()) + ")";
        if (answer.statusCode() != probe.status()) {
            failures.add(what + ": expected " + probe.status() + ", got " + answer.statusCode() + " " + shorten(answer.body()));
            return;
        }
        if (!before.equals(after)) {
            failures.add(what + ": rows written " + before + " -> " + after);
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (probe.path().startsWith("/survei")) {
            if (probe.status() != 413) {
                if (!type.startsWith("text/html")) {
                    failures.add(what + ": expected an HTML page, got " + type);
                }
                if (answer.body().contains("<script>alert")) {
                    failures.add(what + ": typed script shown unescaped");
                }
            }
            return;
        }
        if (!type.startsWith("application/problem+json")) {
            failures.add(what + ": expected application/problem+json, got " + type + " " + shorten(answer.body()));
            return;
        }
        JsonNode problem = json.readTree(answer.body());
        String title = problem.path("title").asText();
        if (title.isBlank() || title.matches("(?i)bad request|not found|forbidden|unauthorized|payload too large")) {
            failures.add(what + ": no Indonesian title (" + title + ")");
        }
        if (problem.path("detail").asText().isBlank()) {
            failures.add(what + ": no detail");
        }
        if (probe.field() != null && !problem.path("errors").findValuesAsText("field").contains(probe.field())) {
            failures.add(what + ": field " + probe.field() + " not named in " + shorten(answer.body()));
        }
    }

    private HttpResponse<String> send(String method, String path, String user, String contentType, byte[] body,
                                      Map<String, String> headers, boolean chunked) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        request.method(method, publisher);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> sendForm(String path, Map<String, String> fields) throws Exception {
        return send("POST", path, null, "application/x-www-form-urlencoded", formBody(fields), Map.of(), false);
    }

    private void intake(String name, String body, int status, String field) {
        probes.add(new Probe("intake: " + name, "POST", "/api/cases", "operator", "application/json",
                body.getBytes(StandardCharsets.UTF_8), Map.of(), status, field, false));
    }

    private void get(String name, String path, String user, int status, String field) {
        probes.add(new Probe(name, "GET", path, user, null, null, Map.of(), status, field, false));
    }

    private void form(String name, String path, Map<String, String> fields, int status) {
        probes.add(new Probe(name, "POST", path, null, "application/x-www-form-urlencoded", formBody(fields), Map.of(),
                status, null, false));
    }

    private void sms(String name, String body, int status, String field) throws Exception {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        probes.add(new Probe(name, "POST", "/webhooks/sms", null, "application/json", raw,
                Map.of("X-Signature-256", sign(ChannelSecrets.DEV_SMS_WEBHOOK_SECRET, raw)), status, field, false));
    }

    private void whatsapp(String name, String body, int status, String field) throws Exception {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        probes.add(new Probe(name, "POST", "/webhooks/whatsapp", null, "application/json", raw,
                Map.of("X-Hub-Signature-256", sign(ChannelSecrets.DEV_WHATSAPP_APP_SECRET, raw)), status, field, false));
    }

    private static String waMessage(String id, String from) {
        return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"messages\","
                + "\"value\":{\"messages\":[{\"from\":" + from + ",\"id\":" + id + ",\"timestamp\":\"1764122400\","
                + "\"type\":\"text\",\"text\":{\"body\":\"halo\"}}]}}]}]}";
    }

    private static String sign(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    private static byte[] formBody(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((k, v) -> out.append(out.isEmpty() ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, count(table));
        }
        return counts;
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from slrt." + table).query(Long.class).single();
    }

    /** A closed WhatsApp case and the token of the survey link it was sent. */
    private String surveyLink() {
        String number = intake.open(new CaseIntakeRequest("COMPLAINT", Channel.WHATSAPP, "3516",
                new CaseIntakeRequest.Subject(null, null, "Bu Tini", null, null, null),
                new CaseIntakeRequest.Reporter("Bu Tini", "081234500078"), "Kursi roda rusak"), "operator")
                .registrationNumber();
        long caseId = cases.findByRegistrationNumber(number).orElseThrow().id();
        statuses.close(caseId, "RESOLVED", null);
        for (String body : jdbc.sql("select body from slrt.notification_outbox where case_id = ? order by id")
                .param(caseId).query(String.class).list()) {
            Matcher m = LINK.matcher(body);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("no survey link sent");
    }
}
