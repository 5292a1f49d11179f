package id.slrt.caseengine.notification;

import io.micrometer.observation.ObservationRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends SMS through a generic HTTP gateway: {@code POST {SMS_GATEWAY_URL}} with a bearer token and the JSON body
 * {@code {"to": "+62...", "text": "...", "reference": "slrt-outbox-<id>"}}. The reference lets a gateway that
 * deduplicates drop a resend after a crash; the answer's {@code messageId} (or {@code id}) is recorded.
 */
public class SmsGatewaySender implements MessageSender {

    private final RestClient client;
    private final String apiToken;

    public SmsGatewaySender(NotificationProperties.Sms config) {
        this(config, ObservationRegistry.NOOP);
    }

    public SmsGatewaySender(NotificationProperties.Sms config, ObservationRegistry observations) {
        this.client = HttpSendErrors.client(config.getGatewayUrl(), config.getTimeout(), observations, "sms");
        this.apiToken = config.getApiToken();
    }

    @Override
    public String name() {
        return "sms-gateway";
    }

    @Override
    public String send(OutboundMessage message) throws SendFailure {
        Map<String, Object> body = Map.of("to", message.recipient(), "text", message.body(),
                "reference", "slrt-outbox-" + message.outboxId());
        try {
            JsonNode answer = client.post()
                    .header("Authorization", "Bearer " + apiToken)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    .body(JsonNode.class);
            if (answer == null) {
                return null;
            }
            JsonNode id = answer.hasNonNull("messageId") ? answer.get("messageId") : answer.get("id");
            return id == null || id.isNull() ? null : id.asText();
        } catch (RestClientException e) {
            throw HttpSendErrors.translate("SMS gateway", e);
        }
    }
}
