package id.slrt.caseengine.notification;

/** A claimed outbox row on its way to a sender; {@code attempt} counts this try (1 for the first). */
public record OutboundMessage(long outboxId, Long caseId, String channel, String recipient, String body, int attempt) {
}
