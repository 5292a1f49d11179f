package id.slrt.caseengine.casefile;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Links between cases ({@code slrt.case_link}), for example possible duplicates. */
@Repository
public class CaseLinkRepository {

    /** A link seen from one case: the other case, and whether this case made the link (OUTGOING) or not. */
    public record LinkedCase(String registrationNumber, String linkType, String direction, String status,
                             String statusLabel, OffsetDateTime openedAt, OffsetDateTime linkedAt) {
    }

    private final JdbcClient jdbc;

    public CaseLinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the link already existed */
    public boolean link(long caseId, long linkedCaseId, String type, OffsetDateTime now) {
        return jdbc.sql("""
                        insert into slrt.case_link (case_id, linked_case_id, link_type, created_at) values (?, ?, ?, ?)
                        on conflict (case_id, linked_case_id, link_type) do nothing""")
                .params(caseId, linkedCaseId, type, now).update() == 1;
    }

    public List<LinkedCase> linksOf(long caseId) {
        return jdbc.sql("""
                        select c.registration_number, l.link_type,
                               case when l.case_id = :id then 'OUTGOING' else 'INCOMING' end as direction,
                               c.status, s.label_id, c.opened_at, l.created_at
                          from slrt.case_link l
                          join slrt.case_file c on c.id = case when l.case_id = :id then l.linked_case_id else l.case_id end
                          join slrt.case_status s on s.code = c.status
                         where l.case_id = :id or l.linked_case_id = :id
                         order by l.created_at, l.id""")
                .param("id", caseId)
                .query((rs, n) -> new LinkedCase(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class)))
                .list();
    }
}
