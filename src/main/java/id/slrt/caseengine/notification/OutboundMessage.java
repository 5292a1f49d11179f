package id.slrt.caseengine.notification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A claimed outbox row on its way to a sender; {@code attempt} counts this try (1 for the first).
 * {@code lastInboundAt} is when the recipient last wrote to us on WhatsApp (null: never); {@code template} is
 * set by {@link WhatsAppForms} when the message must go as an approved template (null: free text).
 */
public record OutboundMessage(long outboxId, Long caseId, String channel, String recipient, String body, int attempt,
                              MessageType type, Map<String, String> parameters, OffsetDateTime lastInboundAt,
                              TemplateCall template) {

    /** An approved template and the values of its body placeholders, in order. */
    public record TemplateCall(String name, String language, List<String> values) {
    }

    public OutboundMessage(long outboxId, Long caseId, String channel, String recipient, String body, int attempt) {
        this(outboxId, caseId, channel, recipient, body, attempt, MessageType.CASE_UPDATE, Map.of(), null, null);
    }

    public OutboundMessage withTemplate(TemplateCall call) {
        return new OutboundMessage(outboxId, caseId, channel, recipient, body, attempt, type, parameters, lastInboundAt,
                call);
    }

    /** What went out, as recorded in the outbox: {@code TEXT} or {@code TEMPLATE:<name>}. */
    public String sentAs() {
        return template == null ? "TEXT" : "TEMPLATE:" + template.name();
    }
}
