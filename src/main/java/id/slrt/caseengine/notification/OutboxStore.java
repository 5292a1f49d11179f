package id.slrt.caseengine.notification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Dispatcher side of {@code slrt.notification_outbox}. Every method is one short statement in its own
 * (auto-commit or caller's) transaction; nothing holds a database lock while a message is on the wire.
 */
@Repository
public class OutboxStore {

    /** A row of the outbox as staff see it. */
    public record OutboxRow(long id, Long caseId, String registrationNumber, String channel, String recipient,
                            String body, String status, int attempts, OffsetDateTime nextAttemptAt,
                            OffsetDateTime createdAt, OffsetDateTime sentAt, String providerMessageId,
                            String lastError) {
    }

    private final JdbcClient jdbc;

    public OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims up to {@code limit} due messages for {@code instance} until {@code leaseEnd}, counting the attempt.
     * {@code for update skip locked} lets two instances claim at the same moment without waiting for or
     * taking each other's rows; the lease keeps the row away from others after this statement commits.
     */
    public List<OutboundMessage> claim(String instance, OffsetDateTime now, OffsetDateTime leaseEnd, int limit) {
        return jdbc.sql("""
                        update slrt.notification_outbox o
                           set locked_until = :leaseEnd, locked_by = :instance, attempts = o.attempts + 1
                         where o.id in (select id from slrt.notification_outbox
                                         where status = 'PENDING' and next_attempt_at <= :now
                                           and (locked_until is null or locked_until <= :now)
                                         order by next_attempt_at, id
                                         limit :limit
                                         for update skip locked)
                        returning o.id, o.case_id, o.channel, o.recipient, o.body, o.attempts, o.message_type,
                                  o.template_parameters::text as template_parameters,
                                  (select w.last_inbound_at from slrt.whatsapp_conversation w
                                    where w.recipient = o.recipient) as last_inbound_at""")
                .param("leaseEnd", leaseEnd).param("instance", instance).param("now", now).param("limit", limit)
                .query((rs, n) -> new OutboundMessage(rs.getLong("id"), (Long) rs.getObject("case_id"),
                        rs.getString("channel"), rs.getString("recipient"), rs.getString("body"), rs.getInt("attempts"),
                        MessageType.parse(rs.getString("message_type")), parameters(rs.getString("template_parameters")),
                        rs.getObject("last_inbound_at", OffsetDateTime.class), null))
                .list()
                .stream().sorted(java.util.Comparator.comparingLong(OutboundMessage::outboxId)).toList();
    }

    /** @return false when the lease was lost (another instance claimed the row after it ran out) */
    public boolean markSent(long id, String instance, OffsetDateTime now, String providerMessageId) {
        return markSent(id, instance, now, providerMessageId, null);
    }

    /** @param sentAs {@code TEXT} or {@code TEMPLATE:<name>} */
    public boolean markSent(long id, String instance, OffsetDateTime now, String providerMessageId, String sentAs) {
        return jdbc.sql("""
                        update slrt.notification_outbox
                           set status = 'SENT', sent_at = ?, provider_message_id = ?, last_error = null,
                               sent_as = ?, locked_until = null, locked_by = null
                         where id = ? and locked_by = ? and status = 'PENDING'""")
                .params(now, providerMessageId, sentAs, id, instance).update() == 1;
    }

    public boolean markForRetry(long id, String instance, OffsetDateTime nextAttempt, String error) {
        return jdbc.sql("""
                        update slrt.notification_outbox
                           set next_attempt_at = ?, last_error = ?, locked_until = null, locked_by = null
                         where id = ? and locked_by = ? and status = 'PENDING'""")
                .params(nextAttempt, truncate(error), id, instance).update() == 1;
    }

    public boolean markFailed(long id, String instance, String error) {
        return jdbc.sql("""
                        update slrt.notification_outbox
                           set status = 'FAILED', last_error = ?, locked_until = null, locked_by = null
                         where id = ? and locked_by = ? and status = 'PENDING'""")
                .params(truncate(error), id, instance).update() == 1;
    }

    /** Puts a FAILED message back in the queue (after a configuration fix, for example). */
    public boolean requeue(long id, OffsetDateTime now) {
        return jdbc.sql("""
                        update slrt.notification_outbox
                           set status = 'PENDING', attempts = 0, next_attempt_at = ?, locked_until = null, locked_by = null
                         where id = ? and status = 'FAILED'""")
                .params(now, id).update() == 1;
    }

    public Optional<OutboxRow> find(long id) {
        return jdbc.sql(SELECT + " where o.id = ?").param(id).query(OutboxStore::row).optional();
    }

    public List<OutboxRow> list(String status, int limit) {
        if (status == null) {
            return jdbc.sql(SELECT + " order by o.id desc limit ?").param(limit).query(OutboxStore::row).list();
        }
        return jdbc.sql(SELECT + " where o.status = ? order by o.id desc limit ?").params(status, limit)
                .query(OutboxStore::row).list();
    }

    private static final String SELECT = """
            select o.*, c.registration_number from slrt.notification_outbox o
              left join slrt.case_file c on c.id = o.case_id""";

    private static OutboxRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new OutboxRow(rs.getLong("id"), (Long) rs.getObject("case_id"), rs.getString("registration_number"),
                rs.getString("channel"), rs.getString("recipient"), rs.getString("body"), rs.getString("status"),
                rs.getInt("attempts"), rs.getObject("next_attempt_at", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("sent_at", OffsetDateTime.class),
                rs.getString("provider_message_id"), rs.getString("last_error"));
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    static java.util.Map<String, String> parameters(String json) {
        if (json == null) {
            return java.util.Map.of();
        }
        try {
            return JSON.readValue(json, new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, String>>() { });
        } catch (java.io.IOException e) {
            throw new IllegalStateException("template_parameters is not a JSON object of strings", e);
        }
    }

    private static String truncate(String error) {
        if (error == null) {
            return null;
        }
        return error.length() > 500 ? error.substring(0, 500) : error;
    }
}
