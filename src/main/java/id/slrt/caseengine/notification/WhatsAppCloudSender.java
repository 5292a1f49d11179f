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
 * <p>Free-form text is accepted by WhatsApp only within 24 hours of the citizen's last message; the dispatcher
 * ({@link WhatsAppForms}) gives a later message its approved template, sent as {@code type: template} with the
 * template's name, language code and body parameters.
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
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("messaging_product", "whatsapp");
        body.put("recipient_type", "individual");
        body.put("to", message.recipient().startsWith("+") ? message.recipient().substring(1) : message.recipient());
        OutboundMessage.TemplateCall template = message.template();
        if (template == null) {
            body.put("type", "text");
            body.put("text", Map.of("preview_url", false, "body", message.body()));
        } else {
            Map<String, Object> call = new java.util.LinkedHashMap<>();
            call.put("name", template.name());
            call.put("language", Map.of("code", template.language()));
            if (!template.values().isEmpty()) {
                call.put("components", java.util.List.of(Map.of("type", "body", "parameters",
                        template.values().stream().map(v -> Map.of("type", "text", "text", v)).toList())));
            }
            body.put("type", "template");
            body.put("template", call);
        }
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
