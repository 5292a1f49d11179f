package id.slrt.caseengine.notification;

import id.slrt.caseengine.system.OfficeClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Local stand-in for WhatsApp and the SMS gateway (the embedded default): "sending" writes the message to
 * {@code slrt.local_sent_message}, readable through {@code GET /api/notifications/local-sent}.
 */
public class LocalRecordingSender implements MessageSender {

    private final JdbcClient jdbc;
    private final OfficeClock clock;

    public LocalRecordingSender(JdbcClient jdbc, OfficeClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "local-recording";
    }

    @Override
    public String send(OutboundMessage message) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into slrt.local_sent_message (outbox_id, channel, recipient, body, sent_at, sent_as)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(message.outboxId(), message.channel(), message.recipient(), message.body(), clock.now(),
                        message.sentAs())
                .update(keys, "id");
        return "local-" + keys.getKeyAs(Long.class);
    }
}
