package id.slrt.caseengine.referral;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Referrals of cases to agencies ({@code slrt.referral}) and the agency list ({@code slrt.agency}). */
@Repository
public class ReferralRepository {

    public record Referral(long id, long caseId, String agencyCode, String agencyName, String purpose, String consent,
                           String consentOverrideReason, OffsetDateTime referredAt, String outcome,
                           String reasonCode, String outcomeNote, String outcomeReference, OffsetDateTime closedAt) {
    }

    private final JdbcClient jdbc;

    public ReferralRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> agencyName(String code) {
        return jdbc.sql("select name_id from slrt.agency where code = ?").param(code).query(String.class).optional();
    }

    public long open(long caseId, String agencyCode, String purpose, String consent, String overrideReason,
                     OffsetDateTime now, String actor) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into slrt.referral (case_id, agency_code, purpose, consent, consent_override_reason,
                                                   referred_at, referred_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, agencyCode, purpose, consent, overrideReason, now, actor)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** @return false when the referral was already closed (or is not of this case) */
    public boolean close(long referralId, long caseId, String outcome, String reasonCode, String note,
                         String reference, OffsetDateTime now, String actor) {
        return jdbc.sql("""
                        update slrt.referral
                           set outcome = ?, reason_code = ?, outcome_note = ?, outcome_reference = ?, closed_at = ?,
                               closed_by = ?
                         where id = ? and case_id = ? and closed_at is null""")
                .params(outcome, reasonCode, note, reference, now, actor, referralId, caseId).update() == 1;
    }

    public Optional<Long> latestOpen(long caseId) {
        return jdbc.sql("select id from slrt.referral where case_id = ? and closed_at is null order by id desc limit 1")
                .param(caseId).query(Long.class).optional();
    }

    public List<Referral> ofCase(long caseId) {
        return jdbc.sql("""
                        select r.*, a.name_id from slrt.referral r join slrt.agency a on a.code = r.agency_code
                         where r.case_id = ? order by r.id""")
                .param(caseId)
                .query((rs, n) -> new Referral(rs.getLong("id"), rs.getLong("case_id"), rs.getString("agency_code"),
                        rs.getString("name_id"), rs.getString("purpose"), rs.getString("consent"),
                        rs.getString("consent_override_reason"), rs.getObject("referred_at", OffsetDateTime.class),
                        rs.getString("outcome"), rs.getString("reason_code"), rs.getString("outcome_note"),
                        rs.getString("outcome_reference"), rs.getObject("closed_at", OffsetDateTime.class)))
                .list();
    }
}
