package id.slrt.caseengine.channel;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code slrt.inbound_message}: which provider messages were handled, and with what result. */
@Repository
public class InboundMessageRepository {

    public record Handled(long id, String outcome, Long caseId, String registrationNumber) {
    }

    private final JdbcClient jdbc;

    public InboundMessageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims a provider message id for this transaction. A concurrent transaction with the same id waits here
     * until this one ends; it then gets empty (duplicate) if this one committed.
     */
    public Optional<Long> claim(String channel, String externalId, OffsetDateTime now) {
        return jdbc.sql("""
                        insert into slrt.inbound_message (channel, external_id, received_at) values (?, ?, ?)
                        on conflict (channel, external_id) do nothing
                        returning id""")
                .params(channel, externalId, now).query(Long.class).optional();
    }

    public void recordOutcome(long id, String outcome, Long caseId) {
        jdbc.sql("update slrt.inbound_message set outcome = ?, case_id = ? where id = ?")
                .params(outcome, caseId, id).update();
    }

    public Optional<Handled> find(String channel, String externalId) {
        return jdbc.sql("""
                        select m.id, m.outcome, m.case_id, c.registration_number
                          from slrt.inbound_message m left join slrt.case_file c on c.id = m.case_id
                         where m.channel = ? and m.external_id = ?""")
                .params(channel, externalId)
                .query((rs, n) -> new Handled(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getString(4)))
                .optional();
    }

    /** The sender's most recent open case (as reporter), for follow-up messages. */
    public Optional<Long> latestOpenCaseReportedBy(String phone) {
        return jdbc.sql("""
                        select c.id from slrt.case_file c join slrt.case_person p on p.id = c.reporter_person_id
                         where p.phone = ? and c.closed_at is null
                         order by c.opened_at desc, c.id desc limit 1""")
                .param(phone).query(Long.class).optional();
    }
}
