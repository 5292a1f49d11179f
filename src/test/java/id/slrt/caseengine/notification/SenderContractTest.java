package id.slrt.caseengine.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of the real senders against a local HTTP stand-in of the provider: the request they send (path,
 * authorization, JSON body as the WhatsApp Cloud API documents it) and how they read answers and errors.
 */
class SenderContractTest {

    HttpServer server;
    final AtomicReference<String> path = new AtomicReference<>();
    final AtomicReference<String> authorization = new AtomicReference<>();
    final AtomicReference<String> body = new AtomicReference<>();
    volatile int status = 200;
    volatile String answer = "{}";
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void startProvider() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            path.set(exchange.getRequestURI().getPath());
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopProvider() {
        server.stop(0);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    OutboundMessage message() {
        return new OutboundMessage(42L, 7L, "WHATSAPP", "+6281234500001", "Pengaduan Anda telah kami terima", 1);
    }

    WhatsAppCloudSender whatsapp() {
        NotificationProperties.WhatsApp config = new NotificationProperties.WhatsApp();
        config.setGraphBaseUrl(baseUrl());
        config.setApiVersion("v25.0");
        config.setPhoneNumberId("106540352242922");
        config.setAccessToken("EAAJB-test-token");
        config.setTimeout(Duration.ofSeconds(5));
        return new WhatsAppCloudSender(config);
    }

    SmsGatewaySender sms() {
        NotificationProperties.Sms config = new NotificationProperties.Sms();
        config.setGatewayUrl(baseUrl() + "/v1/sms");
        config.setApiToken("sms-token");
        config.setTimeout(Duration.ofSeconds(5));
        return new SmsGatewaySender(config);
    }

    @Test
    void whatsAppSendsADocumentedTextMessageAndReturnsTheWamid() throws Exception {
        answer = """
                {"messaging_product":"whatsapp","contacts":[{"input":"6281234500001","wa_id":"6281234500001"}],
                 "messages":[{"id":"wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI1RjQyNUE3NEYxMzAzMzQ5MkEA"}]}""";

        String id = whatsapp().send(message());

        assertThat(id).isEqualTo("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI1RjQyNUE3NEYxMzAzMzQ5MkEA");
        assertThat(path.get()).isEqualTo("/v25.0/106540352242922/messages");
        assertThat(authorization.get()).isEqualTo("Bearer EAAJB-test-token");
        JsonNode sent = json.readTree(body.get());
        assertThat(sent.get("messaging_product").asText()).isEqualTo("whatsapp");
        assertThat(sent.get("recipient_type").asText()).isEqualTo("individual");
        assertThat(sent.get("to").asText()).isEqualTo("6281234500001");
        assertThat(sent.get("type").asText()).isEqualTo("text");
        assertThat(sent.get("text").get("body").asText()).isEqualTo("Pengaduan Anda telah kami terima");
    }

    @Test
    void outsideTheWindowWhatsAppSendsTheDocumentedTemplatePayload() throws Exception {
        answer = "{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.TEMPLATE1\"}]}";
        NotificationProperties.WhatsApp config = new NotificationProperties.WhatsApp();
        config.getTemplates().getFinalAnswer().setName("slrt_jawaban_akhir");
        config.getTemplates().getFinalAnswer().setParameters(java.util.List.of("registrationNumber", "message"));
        java.time.OffsetDateTime now = java.time.OffsetDateTime.parse("2026-12-08T10:00:00+07:00");
        OutboundMessage due = new OutboundMessage(43L, 7L, "WHATSAPP", "+6281234500001",
                "Bantuan PKH Anda\ncair pada tahap berikutnya.", 1, MessageType.FINAL_ANSWER,
                java.util.Map.of("registrationNumber", "SLRT-3516-2026-000123"), now.minusDays(6), null);

        String id = whatsapp().send(new WhatsAppForms(config).prepare(due, now));

        assertThat(id).isEqualTo("wamid.TEMPLATE1");
        assertThat(path.get()).isEqualTo("/v25.0/106540352242922/messages");
        JsonNode sent = json.readTree(body.get());
        assertThat(sent.get("to").asText()).isEqualTo("6281234500001");
        assertThat(sent.get("type").asText()).isEqualTo("template");
        assertThat(sent.has("text")).isFalse();
        JsonNode template = sent.get("template");
        assertThat(template.get("name").asText()).isEqualTo("slrt_jawaban_akhir");
        assertThat(template.get("language").get("code").asText()).isEqualTo("id");
        JsonNode component = template.get("components").get(0);
        assertThat(component.get("type").asText()).isEqualTo("body");
        assertThat(component.get("parameters")).hasSize(2);
        assertThat(component.get("parameters").get(0).get("type").asText()).isEqualTo("text");
        assertThat(component.get("parameters").get(0).get("text").asText()).isEqualTo("SLRT-3516-2026-000123");
        // WhatsApp refuses newlines inside a template parameter.
        assertThat(component.get("parameters").get(1).get("text").asText())
                .isEqualTo("Bantuan PKH Anda cair pada tahap berikutnya.");
    }

    @Test
    void whatsAppRefusalsArePermanentAndOutagesAreRetried() {
        status = 400;
        answer = "{\"error\":{\"message\":\"Re-engagement message\",\"code\":131047}}";
        assertThatThrownBy(() -> whatsapp().send(message())).isInstanceOfSatisfying(SendFailure.class,
                e -> assertThat(e.permanent()).isTrue());
        for (int code : new int[] {401, 429, 500, 503}) {
            status = code;
            assertThatThrownBy(() -> whatsapp().send(message())).as("HTTP " + code)
                    .isInstanceOfSatisfying(SendFailure.class, e -> assertThat(e.permanent()).isFalse());
        }
    }

    @Test
    void anUnreachableProviderIsARetryableFailure() {
        server.stop(0);
        assertThatThrownBy(() -> whatsapp().send(message())).isInstanceOfSatisfying(SendFailure.class,
                e -> assertThat(e.permanent()).isFalse());
        assertThatThrownBy(() -> sms().send(message())).isInstanceOfSatisfying(SendFailure.class,
                e -> assertThat(e.permanent()).isFalse());
    }

    @Test
    void theSmsGatewayGetsRecipientTextAndAnIdempotentReference() throws Exception {
        answer = "{\"messageId\":\"gw-778\"}";

        String id = sms().send(message());

        assertThat(id).isEqualTo("gw-778");
        assertThat(path.get()).isEqualTo("/v1/sms");
        assertThat(authorization.get()).isEqualTo("Bearer sms-token");
        JsonNode sent = json.readTree(body.get());
        assertThat(sent.get("to").asText()).isEqualTo("+6281234500001");
        assertThat(sent.get("text").asText()).isEqualTo("Pengaduan Anda telah kami terima");
        assertThat(sent.get("reference").asText()).isEqualTo("slrt-outbox-42");

        status = 422;
        assertThatThrownBy(() -> sms().send(message())).isInstanceOfSatisfying(SendFailure.class,
                e -> assertThat(e.permanent()).isTrue());
    }
}
