package id.slrt.caseengine.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.notification.DeliveryReport;
import id.slrt.caseengine.notification.DeliveryStatusService;
import id.slrt.caseengine.system.InvalidInputException;
import id.slrt.caseengine.system.OfficeClock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * WhatsApp Cloud API webhook. GET answers Meta's verification handshake ({@code hub.mode=subscribe},
 * {@code hub.verify_token}, {@code hub.challenge}); POST receives {@code whatsapp_business_account} change
 * notifications. Every POST must carry {@code X-Hub-Signature-256: sha256=<HMAC-SHA256 of the raw body with
 * the app secret>}; without a valid one the answer is 401 and nothing is read. Text messages go to
 * {@link InboundMessageService}; delivery statuses (sent, delivered, read, failed) go to
 * {@link DeliveryStatusService}; other fields are acknowledged and ignored.
 */
@RestController
@RequestMapping("/webhooks/whatsapp")
@Tag(name = "Channels")
public class WhatsAppWebhookController {

    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

    private final ChannelSecrets secrets;
    private final InboundMessageService messages;
    private final ObjectMapper json;
    private final DeliveryStatusService deliveries;
    private final OfficeClock clock;

    public WhatsAppWebhookController(ChannelSecrets secrets, InboundMessageService messages, ObjectMapper json,
                                     DeliveryStatusService deliveries, OfficeClock clock) {
        this.secrets = secrets;
        this.messages = messages;
        this.json = json;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "Verification handshake of the WhatsApp Cloud API")
    public ResponseEntity<String> verify(@RequestParam(name = "hub.mode", required = false) String mode,
                                         @RequestParam(name = "hub.verify_token", required = false) String token,
                                         @RequestParam(name = "hub.challenge", required = false) String challenge) {
        Optional<String> expected = secrets.whatsappVerifyToken();
        if (expected.isPresent() && "subscribe".equals(mode) && expected.get().equals(token) && challenge != null) {
            return ResponseEntity.ok(challenge);
        }
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body("verification failed");
    }

    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Messages from citizens (WhatsApp Cloud API change notifications)")
    public ResponseEntity<Object> receive(@RequestBody(required = false) byte[] body,
                                          @RequestHeader(name = SIGNATURE_HEADER, required = false) String signature) {
        Optional<String> secret = secrets.whatsappAppSecret();
        if (secret.isEmpty()) {
            return WebhookProblems.notConfigured("WHATSAPP_APP_SECRET");
        }
        byte[] raw = body == null ? new byte[0] : body;
        if (!WebhookSignature.matches(secret.get(), raw, signature)) {
            return WebhookProblems.badSignature(SIGNATURE_HEADER);
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (InboundMessage message : parse(raw)) {
            InboundMessageService.Result result = messages.receive(message);
            Map<String, Object> entry = new HashMap<>();
            entry.put("messageId", message.externalId());
            entry.put("outcome", result.outcome());
            if (result.registrationNumber() != null) {
                entry.put("registrationNumber", result.registrationNumber());
            }
            results.add(entry);
        }
        List<Map<String, Object>> statuses = new ArrayList<>();
        for (DeliveryReport report : WhatsAppStatuses.parse(readTree(raw), clock.zone(), clock.now())) {
            statuses.add(Map.of("id", report.providerMessageId(), "status", report.status(),
                    "outcome", deliveries.record(report, null)));
        }
        return ResponseEntity.ok(statuses.isEmpty() ? Map.of("messages", results)
                : Map.of("messages", results, "statuses", statuses));
    }

    private JsonNode readTree(byte[] raw) {
        try {
            return json.readTree(raw);
        } catch (java.io.IOException e) {
            throw new InvalidInputException("body", "MALFORMED_JSON", "isi permintaan bukan JSON yang valid");
        }
    }

    List<InboundMessage> parse(byte[] raw) {
        JsonNode root = readTree(raw);
        if (root == null || !"whatsapp_business_account".equals(root.path("object").asText())) {
            throw new InvalidInputException("object", "NOT_ALLOWED",
                    "hanya notifikasi 'whatsapp_business_account' yang diterima");
        }
        List<InboundMessage> found = new ArrayList<>();
        for (JsonNode entry : array(root, "entry", "entry")) {
            for (JsonNode change : array(entry, "changes", "entry.changes")) {
                if (!"messages".equals(change.path("field").asText())) {
                    continue;
                }
                JsonNode value = change.path("value");
                Map<String, String> names = new HashMap<>();
                for (JsonNode contact : array(value, "contacts", "entry.changes.value.contacts")) {
                    names.put(contact.path("wa_id").asText(), contact.path("profile").path("name").asText(null));
                }
                for (JsonNode message : array(value, "messages", "entry.changes.value.messages")) {
                    String id = message.path("id").isTextual() ? message.path("id").asText() : null;
                    String from = message.path("from").isTextual() ? message.path("from").asText() : null;
                    if (id == null || from == null || id.isBlank() || id.length() > 200
                            || id.chars().anyMatch(Character::isISOControl) || !from.matches("[0-9]{6,20}")) {
                        throw new InvalidInputException("entry.changes.value.messages", "INVALID_MESSAGE",
                                "pesan tanpa 'id' atau 'from' yang valid");
                    }
                    String type = message.path("type").asText();
                    String text = "text".equals(type) ? message.path("text").path("body").asText(null) : null;
                    InboundMessage.Attachment attachment = null;
                    if ("image".equals(type) || "document".equals(type)) {
                        JsonNode media = message.path(type);
                        text = media.path("caption").asText(null);
                        attachment = new InboundMessage.Attachment(media.path("id").asText(null),
                                media.path("mime_type").asText(null), media.path("filename").asText(null),
                                "image".equals(type));
                    }
                    found.add(new InboundMessage("WHATSAPP", id, from, names.get(from), text, attachment));
                }
            }
        }
        return found;
    }

    /** A field that must be an array when present: anything else is a malformed notification (400). */
    private static Iterable<JsonNode> array(JsonNode parent, String name, String path) {
        JsonNode node = parent.path(name);
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InvalidInputException(path, "WRONG_TYPE", path + " harus berupa daftar (array JSON)");
        }
        return node;
    }

}
