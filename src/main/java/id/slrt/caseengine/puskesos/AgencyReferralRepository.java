package id.slrt.caseengine.puskesos;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** {@code slrt.puskesos_referral}: which agency a village application went to, and what it answered. */
@Repository
public class AgencyReferralRepository {

    public record Referral(long id, long caseId, String needCategory, String agencyCode, String agencyName,
                           OffsetDateTime referredAt, String answer, String answerReference, String answerNote,
                           OffsetDateTime answeredAt, String answeredBy) {
    }

    private final JdbcClient jdbc;

    public AgencyReferralRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long refer(long caseId, String needCategory, String agencyCode, String agencyName, OffsetDateTime now,
                      String user) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into slrt.puskesos_referral (case_id, need_category, agency_code, agency_name, referred_at, referred_by)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(caseId, needCategory, agencyCode, agencyName, now, user).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** The referral of a case still waiting for the agency's answer. */
    public Optional<Referral> openReferral(long caseId) {
        return jdbc.sql("select * from slrt.puskesos_referral where case_id = ? and answer is null order by id desc limit 1")
                .param(caseId).query(AgencyReferralRepository::map).optional();
    }

    public Optional<Referral> latest(long caseId) {
        return jdbc.sql("select * from slrt.puskesos_referral where case_id = ? order by id desc limit 1")
                .param(caseId).query(AgencyReferralRepository::map).optional();
    }

    public void answer(long id, String answer, String reference, String note, OffsetDateTime now, String user) {
        jdbc.sql("""
                        update slrt.puskesos_referral
                           set answer = ?, answer_reference = ?, answer_note = ?, answered_at = ?, answered_by = ?
                         where id = ?""")
                .params(answer, reference, note, now, user, id).update();
    }

    private static Referral map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Referral(rs.getLong("id"), rs.getLong("case_id"), rs.getString("need_category"),
                rs.getString("agency_code"), rs.getString("agency_name"),
                rs.getObject("referred_at", OffsetDateTime.class), rs.getString("answer"),
                rs.getString("answer_reference"), rs.getString("answer_note"),
                rs.getObject("answered_at", OffsetDateTime.class), rs.getString("answered_by"));
    }
}
