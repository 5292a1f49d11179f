package id.slrt.caseengine.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.system.FieldIssue;
import id.slrt.caseengine.system.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Inbound webhook for a generic SMS gateway: {@code POST /webhooks/sms} with the JSON body
 * {@code {"messageId": "...", "sender": "+62...", "text": "..."}} and
 * {@code X-Signature-256: sha256=<HMAC-SHA256 of the raw body with SMS_WEBHOOK_SECRET>}. Same handling as
 * WhatsApp (one case per first message, STATUS, idempotent per messageId).
 */
@RestController
@RequestMapping("/webhooks/sms")
@Tag(name = "Channels")
public class SmsWebhookController {

    static final String SIGNATURE_HEADER = "X-Signature-256";

    private final ChannelSecrets secrets;
    private final InboundMessageService messages;
    private final ObjectMapper json;

    public SmsWebhookController(ChannelSecrets secrets, InboundMessageService messages, ObjectMapper json) {
        this.secrets = secrets;
        this.messages = messages;
        this.json = json;
    }

    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "An SMS from a citizen, forwarded by the SMS gateway")
    public ResponseEntity<Object> receive(@RequestBody(required = false) byte[] body,
                                          @RequestHeader(name = SIGNATURE_HEADER, required = false) String signature) {
        Optional<String> secret = secrets.smsWebhookSecret();
        if (secret.isEmpty()) {
            return WebhookProblems.notConfigured("SMS_WEBHOOK_SECRET");
        }
        byte[] raw = body == null ? new byte[0] : body;
        if (!WebhookSignature.matches(secret.get(), raw, signature)) {
            return WebhookProblems.badSignature(SIGNATURE_HEADER);
        }
        InboundMessage message = parse(raw);
        InboundMessageService.Result result = messages.receive(message);
        Map<String, Object> answer = new HashMap<>();
        answer.put("messageId", message.externalId());
        answer.put("outcome", result.outcome());
        if (result.registrationNumber() != null) {
            answer.put("registrationNumber", result.registrationNumber());
        }
        return ResponseEntity.ok(answer);
    }

    private InboundMessage parse(byte[] raw) {
        JsonNode root;
        try {
            root = json.readTree(raw);
        } catch (java.io.IOException e) {
            throw new InvalidInputException("body", "MALFORMED_JSON", "isi permintaan bukan JSON yang valid");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException("body", "MALFORMED_JSON", "isi permintaan harus objek JSON");
        }
        List<FieldIssue> errors = new ArrayList<>();
        String id = text(root, "messageId", 200, errors);
        String sender = text(root, "sender", 30, errors);
        JsonNode textNode = root.get("text");
        if (textNode != null && !textNode.isNull() && !textNode.isTextual()) {
            errors.add(new FieldIssue("text", "WRONG_TYPE", "text harus berupa teks"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new InboundMessage("SMS", id, sender, null, textNode == null || textNode.isNull() ? null : textNode.asText());
    }

    private static String text(JsonNode root, String field, int max, List<FieldIssue> errors) {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            errors.add(new FieldIssue(field, "REQUIRED", field + " wajib diisi (teks)"));
            return null;
        }
        if (node.asText().length() > max) {
            errors.add(new FieldIssue(field, "TOO_LONG", field + " paling banyak " + max + " karakter"));
            return null;
        }
        if (node.asText().chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldIssue(field, "CONTROL_CHARACTERS", field + " berisi karakter kendali (misalnya NUL)"));
            return null;
        }
        return node.asText();
    }
}
