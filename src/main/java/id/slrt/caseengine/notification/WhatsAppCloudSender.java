package id.slrt.caseengine.notification;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.observation.ObservationRegistry;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends text messages through the WhatsApp Cloud API: {@code POST {graph}/{version}/{phone-number-id}/messages}
 * with a bearer access token (configuration: {@code WHATSAPP_PHONE_NUMBER_ID}, {@code WHATSAPP_ACCESS_TOKEN}).
 *
 * <p>Free-form text is accepted by WhatsApp only within 24 hours of the citizen's last message; later
 * messages are refused (HTTP 400) and marked FAILED, so answers sent days later need an approved template
 * or the SMS channel.
 */
public class WhatsAppCloudSender implements MessageSender {

    private final RestClient client;
    private final String path;
    private final String accessToken;

    public WhatsAppCloudSender(NotificationProperties.WhatsApp config) {
        this(config, ObservationRegistry.NOOP);
    }

    public WhatsAppCloudSender(NotificationProperties.WhatsApp config, ObservationRegistry observations) {
        this.client = HttpSendErrors.client(config.getGraphBaseUrl(), config.getTimeout(), observations, "whatsapp");
        this.path = "/" + config.getApiVersion() + "/" + config.getPhoneNumberId() + "/messages";
        this.accessToken = config.getAccessToken();
    }

    @Override
    public String name() {
        return "whatsapp-cloud";
    }

    @Override
    public String send(OutboundMessage message) throws SendFailure {
        Map<String, Object> body = Map.of(
                "messaging_product", "whatsapp",
                "recipient_type", "individual",
                "to", message.recipient().startsWith("+") ? message.recipient().substring(1) : message.recipient(),
                "type", "text",
                "text", Map.of("preview_url", false, "body", message.body()));
        try {
            JsonNode answer = client.post().uri(path)
                    .header("Authorization", "Bearer " + accessToken)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    .body(JsonNode.class);
            JsonNode id = answer == null ? null : answer.path("messages").path(0).path("id");
            return id == null || id.isMissingNode() ? null : id.asText();
        } catch (RestClientException e) {
            throw HttpSendErrors.translate("WhatsApp Cloud API", e);
        }
    }
}
