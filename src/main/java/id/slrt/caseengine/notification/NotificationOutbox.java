package id.slrt.caseengine.notification;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages to citizens are first written here, in the transaction of the case change that causes them;
 * a dispatcher sends them afterwards. A rolled-back case change therefore never sends a message.
 */
@Repository
public class NotificationOutbox {

    private final JdbcClient jdbc;

    public NotificationOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(Long caseId, String channel, String recipient, String body, OffsetDateTime now) {
        return enqueue(caseId, channel, recipient, body, now, MessageType.CASE_UPDATE, Map.of());
    }

    /**
     * @param type       which WhatsApp template carries the message outside the 24-hour window
     * @param parameters values the template may use besides {@code message} (the body) and
     *                   {@code registrationNumber} (added here for a case's messages)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(Long caseId, String channel, String recipient, String body, OffsetDateTime now,
                        MessageType type, Map<String, String> parameters) {
        Map<String, String> values = new TreeMap<>(parameters);
        if (caseId != null && !values.containsKey("registrationNumber")) {
            jdbc.sql("select registration_number from slrt.case_file where id = ?").param(caseId)
                    .query(String.class).optional().ifPresent(n -> values.put("registrationNumber", n));
        }
        String json;
        try {
            json = JSON.writeValueAsString(values);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into slrt.notification_outbox (case_id, channel, recipient, body, status, next_attempt_at,
                                                              created_at, message_type, template_parameters)
                        values (?, ?, ?, ?, 'PENDING', ?, ?, ?, cast(? as jsonb))""")
                .params(caseId, channel, recipient, body, now, now, type.name(), json)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** The recipient wrote to us on WhatsApp at {@code at}: the 24-hour free-text window starts again. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void whatsAppInbound(String recipient, OffsetDateTime at) {
        jdbc.sql("""
                        insert into slrt.whatsapp_conversation (recipient, last_inbound_at) values (?, ?)
                        on conflict (recipient) do update set last_inbound_at =
                            greatest(slrt.whatsapp_conversation.last_inbound_at, excluded.last_inbound_at)""")
                .params(recipient, at).update();
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
}
