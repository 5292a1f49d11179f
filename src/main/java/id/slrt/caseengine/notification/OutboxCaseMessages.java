package id.slrt.caseengine.notification;

import id.slrt.caseengine.casefile.CaseMessages;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The outbox rows of a case with their delivery status (no recipient, no text: the case page shows the log). */
@Component
public class OutboxCaseMessages implements CaseMessages {

    private final JdbcClient jdbc;

    public OutboxCaseMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Line> forCase(String registrationNumber) {
        return jdbc.sql("""
                        select o.id, o.created_at, o.channel, o.message_type, o.sent_as, o.status, o.delivery_status,
                               o.delivery_status_at, coalesce(o.delivery_error, o.last_error) as error, o.fallback_of
                          from slrt.notification_outbox o join slrt.case_file c on c.id = o.case_id
                         where c.registration_number = ? order by o.id""")
                .param(registrationNumber)
                .query((rs, n) -> new Line(rs.getLong("id"), rs.getObject("created_at", OffsetDateTime.class),
                        rs.getString("channel"), rs.getString("message_type"), rs.getString("sent_as"),
                        rs.getString("status"), rs.getString("delivery_status"),
                        rs.getObject("delivery_status_at", OffsetDateTime.class), rs.getString("error"),
                        (Long) rs.getObject("fallback_of")))
                .list();
    }
}
