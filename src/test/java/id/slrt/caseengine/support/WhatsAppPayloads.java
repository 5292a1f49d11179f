package id.slrt.caseengine.support;

import id.slrt.caseengine.channel.ChannelSecrets;
import id.slrt.caseengine.channel.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Webhook bodies in the WhatsApp Cloud API's documented shape ({@code whatsapp_business_account} change
 * notification with {@code contacts} and {@code messages}), signed like Meta signs them.
 */
public final class WhatsAppPayloads {

    private WhatsAppPayloads() {
    }

    public static String newMessageId() {
        return "wamid.TEST" + UUID.randomUUID().toString().replace("-", "");
    }

    /** {@code from} as WhatsApp sends it: international digits without "+". */
    public static String textMessage(String messageId, String from, String profileName, String text) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{
                "messaging_product":"whatsapp","metadata":{"display_phone_number":"6281211124799","phone_number_id":"106540352242922"},
                "contacts":[{"profile":{"name":"%s"},"wa_id":"%s"}],
                "messages":[{"from":"%s","id":"%s","timestamp":"1764122400","text":{"body":"%s"},"type":"text"}]},
                "field":"messages"}]}]}""".formatted(profileName, from, from, messageId, text.replace("\"", "\\\""));
    }

    public static ResponseEntity<String> post(TestRestTemplate http, String body) {
        return post(http, body, WebhookSignature.sign(ChannelSecrets.DEV_WHATSAPP_APP_SECRET,
                body.getBytes(StandardCharsets.UTF_8)));
    }

    public static ResponseEntity<String> post(TestRestTemplate http, String body, String signature) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (signature != null) {
            headers.set("X-Hub-Signature-256", signature);
        }
        return http.exchange("/webhooks/whatsapp", HttpMethod.POST,
                new HttpEntity<>(body.getBytes(StandardCharsets.UTF_8), headers), String.class);
    }
}
