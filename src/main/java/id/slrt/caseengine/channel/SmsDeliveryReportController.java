package id.slrt.caseengine.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.notification.DeliveryReport;
import id.slrt.caseengine.notification.DeliveryStatusService;
import id.slrt.caseengine.system.InvalidInputException;
import id.slrt.caseengine.system.OfficeClock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Delivery reports of the SMS gateway: {@code POST /webhooks/sms/delivery} with
 * {@code {"messageId": "gw-778", "reference": "slrt-outbox-42", "status": "DELIVERED", "errorCode": "...",
 * "timestamp": "2026-12-08T10:00:00+07:00"}} (status SENT, DELIVERED, FAILED, UNDELIVERED/UNDELIVERABLE,
 * REJECTED, EXPIRED), signed like the inbound SMS webhook ({@code X-Signature-256}, SMS_WEBHOOK_SECRET).
 */
@RestController
@Tag(name = "Channels")
public class SmsDeliveryReportController {

    private static final Pattern REFERENCE = Pattern.compile("slrt-outbox-([0-9]{1,18})");

    private final ChannelSecrets secrets;
    private final DeliveryStatusService deliveries;
    private final ObjectMapper json;
    private final OfficeClock clock;

    public SmsDeliveryReportController(ChannelSecrets secrets, DeliveryStatusService deliveries, ObjectMapper json,
                                       OfficeClock clock) {
        this.secrets = secrets;
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping(path = "/webhooks/sms/delivery", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Delivery report of an SMS the engine sent, from the SMS gateway")
    public ResponseEntity<Object> report(@RequestBody(required = false) byte[] body,
                                         @RequestHeader(name = SmsWebhookController.SIGNATURE_HEADER, required = false)
                                         String signature) {
        Optional<String> secret = secrets.smsWebhookSecret();
        if (secret.isEmpty()) {
            return WebhookProblems.notConfigured("SMS_WEBHOOK_SECRET");
        }
        byte[] raw = body == null ? new byte[0] : body;
        if (!WebhookSignature.matches(secret.get(), raw, signature)) {
            return WebhookProblems.badSignature(SmsWebhookController.SIGNATURE_HEADER);
        }
        JsonNode root;
        try {
            root = json.readTree(raw);
        } catch (java.io.IOException e) {
            throw new InvalidInputException("body", "MALFORMED_JSON", "isi permintaan bukan JSON yang valid");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException("body", "MALFORMED_JSON", "isi permintaan harus objek JSON");
        }
        String messageId = root.path("messageId").asText("");
        Matcher reference = REFERENCE.matcher(root.path("reference").asText(""));
        Long outboxId = reference.matches() ? Long.valueOf(reference.group(1)) : null;
        if ((messageId.isBlank() && outboxId == null) || messageId.length() > 200) {
            throw new InvalidInputException("messageId", "REQUIRED",
                    "wajib diisi: 'messageId' atau 'reference' (slrt-outbox-<id>)");
        }
        DeliveryReport.Status status = DeliveryReport.Status.parse(root.path("status").asText(null))
                .orElseThrow(() -> new InvalidInputException("status", "NOT_ALLOWED",
                        "status harus SENT, DELIVERED, FAILED, UNDELIVERED, REJECTED atau EXPIRED"));
        OffsetDateTime at = clock.now();
        if (root.hasNonNull("timestamp")) {
            try {
                at = OffsetDateTime.parse(root.get("timestamp").asText());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("timestamp", "INVALID_FORMAT",
                        "format waktu harus ISO-8601 dengan zona, misalnya 2026-12-08T10:00:00+07:00");
            }
        }
        String errorCode = root.hasNonNull("errorCode") ? root.get("errorCode").asText() : null;
        String errorText = root.hasNonNull("errorText") ? root.get("errorText").asText() : null;
        var outcome = deliveries.record(new DeliveryReport("SMS", messageId.isBlank() ? null : messageId, status,
                errorCode, errorText, at), outboxId);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", status);
        answer.put("outcome", outcome);
        return ResponseEntity.ok(answer);
    }
}
