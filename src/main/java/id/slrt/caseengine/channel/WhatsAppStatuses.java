package id.slrt.caseengine.channel;

import com.fasterxml.jackson.databind.JsonNode;
import id.slrt.caseengine.notification.DeliveryReport;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code statuses} of a WhatsApp Cloud API change notification: {@code id} (the wamid our send answer gave),
 * {@code status} (sent, delivered, read, failed), {@code timestamp} (Unix seconds) and, for failed, {@code errors}
 * with {@code code} and {@code title}. Unknown statuses (deleted, warning, ...) are skipped.
 */
final class WhatsAppStatuses {

    private WhatsAppStatuses() {
    }

    static List<DeliveryReport> parse(JsonNode root, ZoneId zone, OffsetDateTime now) {
        List<DeliveryReport> reports = new ArrayList<>();
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                if (!"messages".equals(change.path("field").asText())) {
                    continue;
                }
                for (JsonNode status : change.path("value").path("statuses")) {
                    String id = status.path("id").asText("");
                    Optional<DeliveryReport.Status> kind = DeliveryReport.Status.parse(status.path("status").asText(null));
                    if (id.isBlank() || id.length() > 200 || kind.isEmpty()) {
                        continue;
                    }
                    JsonNode error = status.path("errors").path(0);
                    String code = error.hasNonNull("code") ? error.get("code").asText() : null;
                    String title = error.hasNonNull("title") ? error.get("title").asText()
                            : error.hasNonNull("message") ? error.get("message").asText() : null;
                    OffsetDateTime at = status.path("timestamp").asText("").matches("[0-9]{1,12}")
                            ? OffsetDateTime.ofInstant(Instant.ofEpochSecond(status.path("timestamp").asLong()), zone)
                            : now;
                    reports.add(new DeliveryReport("WHATSAPP", id, kind.get(), code, title, at));
                }
            }
        }
        return reports;
    }
}
