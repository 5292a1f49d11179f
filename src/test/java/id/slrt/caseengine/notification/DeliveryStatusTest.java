package id.slrt.caseengine.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.channel.ChannelSecrets;
import id.slrt.caseengine.channel.WebhookSignature;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.support.IntegrationTest;
import id.slrt.caseengine.system.OfficeClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A WhatsApp answer's story after it left: WhatsApp reports it sent, delivered and read (each once, however
 * often the notification comes); a forged notification changes nothing; a failed one puts the error on the case,
 * and the message goes once more by SMS to the same number, whose gateway reports it delivered. The case page
 * shows it and the dashboard counts the day's undelivered message.
 */
@IntegrationTest
class DeliveryStatusTest {

    @Autowired
    IntakeService intake;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    OutboxStore store;
    @Autowired
    OfficeClock clock;
    @Autowired
    NotificationProperties properties;
    @Autowired
    SmsFallback fallback;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @Test
    void sentDeliveredReadAreRecordedOnceAndForgedNotificationsAreRefused() throws Exception {
        Sent ack = whatsAppAcknowledgement("+6281234577001");
        long before = statusRows(ack.outboxId());

        ResponseEntity<String> forged = postWhatsApp(statuses(ack.wamid(), "read", null),
                WebhookSignature.sign("not-the-app-secret", statuses(ack.wamid(), "read", null).getBytes(StandardCharsets.UTF_8)));
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(statusRows(ack.outboxId())).isEqualTo(before);
        assertThat(deliveryStatus(ack.outboxId())).isNull();

        for (String status : List.of("sent", "delivered", "read", "delivered")) {
            JsonNode answer = json.readTree(postWhatsApp(statuses(ack.wamid(), status, null)).getBody());
            assertThat(answer.get("statuses").get(0).get("outcome").asText())
                    .isEqualTo(status.equals("delivered") && statusRows(ack.outboxId()) == 3 ? "DUPLICATE" : "RECORDED");
        }
        assertThat(statusRows(ack.outboxId())).isEqualTo(3);
        // The late, repeated "delivered" does not hide "read".
        assertThat(deliveryStatus(ack.outboxId())).isEqualTo("READ");
        assertThat(fallbacks(ack.outboxId())).isZero();
    }

    @Test
    void aFailedWhatsAppMessageGoesOnceBySmsToTheSameNumber() throws Exception {
        Sent ack = whatsAppAcknowledgement("+6281234577002");

        postWhatsApp(statuses(ack.wamid(), "failed", "131026"));
        postWhatsApp(statuses(ack.wamid(), "failed", "131026"));
        fallback.fallBack(ack.outboxId(), "reported again by the dispatcher");

        assertThat(deliveryStatus(ack.outboxId())).isEqualTo("FAILED");
        assertThat(jdbc.sql("select delivery_error from slrt.notification_outbox where id = ?").param(ack.outboxId())
                .query(String.class).single()).startsWith("131026 Message undeliverable");
        assertThat(fallbacks(ack.outboxId())).isEqualTo(1);
        Map<String, Object> sms = jdbc.sql("select * from slrt.notification_outbox where fallback_of = ?")
                .param(ack.outboxId()).query().singleRow();
        assertThat(sms.get("channel")).isEqualTo("SMS");
        assertThat(sms.get("recipient")).isEqualTo("+6281234577002");
        assertThat(sms.get("body")).isEqualTo(jdbc.sql("select body from slrt.notification_outbox where id = ?")
                .param(ack.outboxId()).query(String.class).single());
        assertThat(events(ack.caseId())).contains("NOTIFICATION_NOT_DELIVERED", "NOTIFICATION_SMS_FALLBACK");

        // The SMS goes through the outbox like any message, and the gateway's report is recorded against it.
        drain();
        long smsId = ((Number) sms.get("id")).longValue();
        assertThat(store.find(smsId).orElseThrow().status()).isEqualTo("SENT");
        String report = "{\"reference\":\"slrt-outbox-" + smsId + "\",\"status\":\"DELIVERED\"}";
        assertThat(postSms(report, WebhookSignature.sign("wrong", report.getBytes(StandardCharsets.UTF_8)))
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(deliveryStatus(smsId)).isNull();
        ResponseEntity<String> accepted = postSms(report, null);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(deliveryStatus(smsId)).isEqualTo("DELIVERED");
        // An SMS that fails does not fall back again.
        postSms("{\"reference\":\"slrt-outbox-" + smsId + "\",\"status\":\"UNDELIVERED\",\"errorCode\":\"EC_31\"}", null);
        assertThat(fallbacks(smsId)).isZero();

        String page = http.withBasicAuth("peksos", "demo").getForEntity("/app/cases/" + ack.registrationNumber(),
                String.class).getBody();
        assertThat(page).contains("Pesan ke warga").contains("Templat slrt_tanda_terima").contains("Gagal (")
                .contains("131026 Message undeliverable").contains("SMS pengganti pesan WhatsApp yang gagal")
                .contains("data-delivery=\"FAILED\"");
        String dashboard = http.withBasicAuth("supervisor", "demo").getForEntity("/app/dashboard", String.class).getBody();
        assertThat(dashboard).contains("Pesan ke warga yang tidak sampai")
                .contains("data-day=\"" + clock.now().toLocalDate() + "\"");
    }

    @Test
    void theDispatchersPermanentWhatsAppFailureFallsBackToSms() {
        String recipient = "+6281234577003";
        var refusing = new MessageSender() {
            @Override
            public String name() {
                return "refusing";
            }

            @Override
            public String send(OutboundMessage message) throws SendFailure {
                if ("WHATSAPP".equals(message.channel())) {
                    throw new SendFailure("HTTP 400 (131047) Re-engagement message", true);
                }
                return "sms-" + message.outboxId();
            }
        };
        NotificationProperties.Dispatcher config = new NotificationProperties.Dispatcher();
        config.setBatchSize(500);
        config.setLease(Duration.ofMinutes(2));
        OutboxDispatcher failing = new OutboxDispatcher(store,
                new MessageSenders(Map.of("WHATSAPP", refusing, "SMS", refusing)), config, clock, "refusing",
                new WhatsAppForms(properties.getWhatsapp()), (m, e) -> fallback.fallBack(m.outboxId(), e));
        String number = open(recipient);
        long caseId = caseId(number);
        long whatsapp = jdbc.sql("select id from slrt.notification_outbox where case_id = ? and channel = 'WHATSAPP'")
                .param(caseId).query(Long.class).single();

        while (failing.dispatchOnce().claimed() > 0) {
            Thread.onSpinWait();
        }

        assertThat(store.find(whatsapp).orElseThrow().status()).isEqualTo("FAILED");
        List<String> sms = jdbc.sql("select status from slrt.notification_outbox where fallback_of = ?")
                .param(whatsapp).query(String.class).list();
        assertThat(sms).containsExactly("SENT");
    }

    record Sent(long caseId, String registrationNumber, long outboxId, String wamid) {
    }

    private Sent whatsAppAcknowledgement(String phone) {
        String number = open(phone);
        long caseId = caseId(number);
        drain();
        Map<String, Object> row = jdbc.sql("""
                        select id, provider_message_id, sent_as from slrt.notification_outbox
                         where case_id = ? and channel = 'WHATSAPP' order by id limit 1""")
                .param(caseId).query().singleRow();
        assertThat(row.get("sent_as")).as("never wrote: outside the window").isEqualTo("TEMPLATE:slrt_tanda_terima");
        return new Sent(caseId, number, ((Number) row.get("id")).longValue(), (String) row.get("provider_message_id"));
    }

    private String open(String phone) {
        return intake.open(new CaseIntakeRequest("COMPLAINT", Channel.WHATSAPP, "3516",
                new CaseIntakeRequest.Subject(null, null, "Warga Sooko", null, null, null),
                new CaseIntakeRequest.Reporter("Bu Rina", phone), "Bantuan BPNT belum diterima"), "operator")
                .registrationNumber();
    }

    private long caseId(String number) {
        return jdbc.sql("select id from slrt.case_file where registration_number = ?").param(number)
                .query(Long.class).single();
    }

    private void drain() {
        while (dispatcher.dispatchOnce().claimed() > 0) {
            Thread.onSpinWait();
        }
    }

    private static String statuses(String wamid, String status, String errorCode) {
        String errors = errorCode == null ? "" : ",\"errors\":[{\"code\":" + errorCode
                + ",\"title\":\"Message undeliverable\",\"error_data\":{\"details\":\"Message failed to send\"}}]";
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"value":{"messaging_product":"whatsapp",
                "metadata":{"display_phone_number":"6281211124799","phone_number_id":"106540352242922"},
                "statuses":[{"id":"%s","status":"%s","timestamp":"1765170000","recipient_id":"6281234577001"%s}]},
                "field":"messages"}]}]}""".formatted(wamid, status, errors);
    }

    private ResponseEntity<String> postWhatsApp(String body) {
        return postWhatsApp(body, WebhookSignature.sign(ChannelSecrets.DEV_WHATSAPP_APP_SECRET,
                body.getBytes(StandardCharsets.UTF_8)));
    }

    private ResponseEntity<String> postWhatsApp(String body, String signature) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Hub-Signature-256", signature);
        return http.postForEntity("/webhooks/whatsapp", new HttpEntity<>(body.getBytes(StandardCharsets.UTF_8), headers),
                String.class);
    }

    private ResponseEntity<String> postSms(String body, String signature) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Signature-256", signature != null ? signature
                : WebhookSignature.sign(ChannelSecrets.DEV_SMS_WEBHOOK_SECRET, body.getBytes(StandardCharsets.UTF_8)));
        return http.postForEntity("/webhooks/sms/delivery", new HttpEntity<>(body.getBytes(StandardCharsets.UTF_8), headers),
                String.class);
    }

    private long statusRows(long outboxId) {
        return jdbc.sql("select count(*) from slrt.message_delivery_status where outbox_id = ?").param(outboxId)
                .query(Long.class).single();
    }

    private String deliveryStatus(long outboxId) {
        return jdbc.sql("select delivery_status from slrt.notification_outbox where id = ?").param(outboxId)
                .query((rs, n) -> rs.getString(1)).list().get(0);
    }

    private long fallbacks(long outboxId) {
        return jdbc.sql("select count(*) from slrt.notification_outbox where fallback_of = ?").param(outboxId)
                .query(Long.class).single();
    }

    private List<String> events(long caseId) {
        return jdbc.sql("select event_type from slrt.case_event where case_id = ? order by id").param(caseId)
                .query(String.class).list();
    }
}
