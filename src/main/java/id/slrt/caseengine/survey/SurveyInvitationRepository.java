package id.slrt.caseengine.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class SurveyInvitationRepository {

    /** Which secret opened the survey; each has its own hash and expiry column. */
    public enum SecretKind {
        LINK("link_token_hash", "link_expires_at"),
        CODE("code_hash", "code_expires_at");

        final String hashColumn;
        final String expiryColumn;

        SecretKind(String hashColumn, String expiryColumn) {
            this.hashColumn = hashColumn;
            this.expiryColumn = expiryColumn;
        }
    }

    private static final String SELECT = """
            select i.id, i.case_id, c.registration_number, i.region_code, i.service_type, i.served_on, i.delivery,
                   i.send_channel, i.link_expires_at, i.code_issued_at, i.code_expires_at, i.answered_at
              from slrt.survey_invitation i join slrt.case_file c on c.id = i.case_id
            """;

    private final JdbcClient jdbc;

    public SurveyInvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the invitation of a closed case; false when the case already has one. */
    public boolean insert(long caseId, String regionCode, String serviceType, LocalDate servedOn,
                          SurveyInvitation.Delivery delivery, String sendChannel, String linkTokenHash,
                          OffsetDateTime linkExpiresAt, OffsetDateTime now) {
        return jdbc.sql("""
                        insert into slrt.survey_invitation (case_id, region_code, service_type, served_on, delivery,
                                                            send_channel, link_token_hash, link_expires_at, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (case_id) do nothing""")
                .params(caseId, regionCode, serviceType, servedOn, delivery.name(), sendChannel, linkTokenHash,
                        linkExpiresAt, now)
                .update() == 1;
    }

    public Optional<SurveyInvitation> findByCase(long caseId) {
        return jdbc.sql(SELECT + " where i.case_id = ?").param(caseId).query(SurveyInvitationRepository::map).optional();
    }

    public Optional<SurveyInvitation> findBySecret(SecretKind kind, String hash) {
        return jdbc.sql(SELECT + " where i." + kind.hashColumn + " = ?").param(hash)
                .query(SurveyInvitationRepository::map).optional();
    }

    /** Sets (or replaces) the printed code of an invitation nobody has answered yet. */
    public boolean setPrintedCode(long id, String codeHash, OffsetDateTime issuedAt, OffsetDateTime expiresAt) {
        return jdbc.sql("""
                        update slrt.survey_invitation set code_hash = ?, code_issued_at = ?, code_expires_at = ?
                         where id = ? and answered_at is null""")
                .params(codeHash, issuedAt, expiresAt, id).update() == 1;
    }

    /**
     * Claims the invitation for one answer. The conditional update is atomic in PostgreSQL: of two concurrent
     * submissions the second waits for the first to commit, re-reads the row, finds answered_at set and
     * updates nothing. False when the invitation was already answered or the secret has expired.
     */
    public boolean claimForAnswer(long id, SecretKind kind, OffsetDateTime now) {
        return jdbc.sql("update slrt.survey_invitation set answered_at = ? where id = ? and answered_at is null and "
                        + kind.expiryColumn + " > ?")
                .params(now, id, now).update() == 1;
    }

    /** The reporter's phone number of a case, if any. */
    public Optional<String> reporterPhone(long caseId) {
        return jdbc.sql("""
                        select p.phone from slrt.case_file c join slrt.case_person p on p.id = c.reporter_person_id
                         where c.id = ? and p.phone is not null""")
                .param(caseId).query(String.class).optional();
    }

    private static SurveyInvitation map(ResultSet rs, int row) throws SQLException {
        return new SurveyInvitation(
                rs.getLong("id"),
                rs.getLong("case_id"),
                rs.getString("registration_number"),
                rs.getString("region_code"),
                rs.getString("service_type"),
                rs.getObject("served_on", LocalDate.class),
                SurveyInvitation.Delivery.valueOf(rs.getString("delivery")),
                rs.getString("send_channel"),
                rs.getObject("link_expires_at", OffsetDateTime.class),
                rs.getObject("code_issued_at", OffsetDateTime.class),
                rs.getObject("code_expires_at", OffsetDateTime.class),
                rs.getObject("answered_at", OffsetDateTime.class));
    }
}
