package id.slrt.caseengine.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.casefile.CaseRecord;
import id.slrt.caseengine.support.IntegrationTest;
import id.slrt.caseengine.support.Phones;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
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

@IntegrationTest
class SmsWebhookTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    id.slrt.caseengine.platform.Encryption encryption;
    @Autowired
    CaseFileRepository cases;

    @Test
    void aSignedSmsOpensACaseAndIsRepliedBySms() throws Exception {
        String sender = "0" + Phones.randomWhatsAppId().substring(2);
        String body = sms("gw-" + UUID.randomUUID(), sender, "Anak saya tidak dapat KIP padahal keluarga miskin");

        ResponseEntity<String> response = post(body, sign(body));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode answer = json.readTree(response.getBody());
        assertThat(answer.get("outcome").asText()).isEqualTo("CASE_OPENED");
        CaseRecord opened = cases.findByRegistrationNumber(answer.get("registrationNumber").asText()).orElseThrow();
        assertThat(opened.channel()).isEqualTo("SMS");
        assertThat(opened.createdBy()).isEqualTo("sms");
        assertThat(jdbc.sql("select channel || '|' || recipient from slrt.notification_outbox where case_id = ?")
                .param(opened.id()).query(String.class).single()).isEqualTo("SMS|+62" + sender.substring(1));

        ResponseEntity<String> again = post(body, sign(body));
        assertThat(json.readTree(again.getBody()).get("outcome").asText()).isEqualTo("DUPLICATE");
        assertThat(casesDescribed("Anak saya tidak dapat KIP padahal keluarga miskin")).isEqualTo(1);
    }

    @Test
    void aWrongSignatureIs401AndAnIncompleteBodyIs400() throws Exception {
        long before = jdbc.sql("select count(*) from slrt.inbound_message").query(Long.class).single();
        String body = sms("gw-" + UUID.randomUUID(), "081300000001", "Pesan");
        assertThat(post(body, WebhookSignature.sign("wrong", body.getBytes(StandardCharsets.UTF_8))).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(post(body, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        String incomplete = "{\"text\": \"tanpa pengirim\"}";
        ResponseEntity<String> refused = post(incomplete, sign(incomplete));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(refused.getBody()).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("messageId", "sender");
        assertThat(jdbc.sql("select count(*) from slrt.inbound_message").query(Long.class).single()).isEqualTo(before);
    }

    private String sms(String id, String sender, String text) throws Exception {
        return json.writeValueAsString(java.util.Map.of("messageId", id, "sender", sender, "text", text));
    }

    private static String sign(String body) {
        return WebhookSignature.sign(ChannelSecrets.DEV_SMS_WEBHOOK_SECRET, body.getBytes(StandardCharsets.UTF_8));
    }

    private ResponseEntity<String> post(String body, String signature) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (signature != null) {
            headers.set("X-Signature-256", signature);
        }
        return http.exchange("/webhooks/sms", HttpMethod.POST,
                new HttpEntity<>(body.getBytes(StandardCharsets.UTF_8), headers), String.class);
    }

    /** Case files with this description (sealed at rest, so compared after opening). */
    private long casesDescribed(String description) {
        return jdbc.sql("select description from slrt.case_file").query(String.class).list().stream()
                .map(encryption::openText).filter(description::equals).count();
    }
}
