package id.slrt.caseengine.notification;

import java.time.OffsetDateTime;
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
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into slrt.notification_outbox (case_id, channel, recipient, body, status, next_attempt_at, created_at)
                        values (?, ?, ?, ?, 'PENDING', ?, ?)""")
                .params(caseId, channel, recipient, body, now, now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }
}
