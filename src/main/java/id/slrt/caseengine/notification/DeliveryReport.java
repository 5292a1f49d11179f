package id.slrt.caseengine.notification;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * What a provider told us about one message it took: {@code providerMessageId} is the id its send answer gave
 * (the WhatsApp {@code wamid}, the gateway's message id).
 */
public record DeliveryReport(String channel, String providerMessageId, Status status, String errorCode,
                             String errorTitle, OffsetDateTime reportedAt) {

    public enum Status {
        SENT(1), DELIVERED(2), READ(3), FAILED(4), UNDELIVERABLE(4);

        final int rank;

        Status(int rank) {
            this.rank = rank;
        }

        public boolean failed() {
            return this == FAILED || this == UNDELIVERABLE;
        }

        /** WhatsApp: sent, delivered, read, failed; gateways also undelivered/undeliverable/rejected/expired. */
        public static Optional<Status> parse(String value) {
            if (value == null) {
                return Optional.empty();
            }
            return switch (value.strip().toUpperCase(Locale.ROOT)) {
                case "SENT", "ACCEPTED", "ENROUTE" -> Optional.of(SENT);
                case "DELIVERED" -> Optional.of(DELIVERED);
                case "READ" -> Optional.of(READ);
                case "FAILED", "REJECTED" -> Optional.of(FAILED);
                case "UNDELIVERED", "UNDELIVERABLE", "EXPIRED" -> Optional.of(UNDELIVERABLE);
                default -> Optional.empty();
            };
        }
    }
}
