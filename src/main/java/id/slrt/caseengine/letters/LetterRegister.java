package id.slrt.caseengine.letters;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The register of issued letters, {@code slrt.letter}: append-only (a trigger refuses updates). */
@Repository
public class LetterRegister {

    public record Letter(long id, long caseId, String letterType, String title, String officeCode, String officeName,
                         String letterNumber, String verificationCode, LocalDate issuedOn, OffsetDateTime issuedAt,
                         String issuedBy, String sha256, String fileName, Long documentId, String body, Long replacesId,
                         String replacesNumber, Long replacedById, String replacedByNumber) {
    }

    public record NewLetter(long caseId, String letterType, String title, String officeCode, String officeName,
                            int year, int sequence, String letterNumber, String verificationCode, LocalDate issuedOn,
                            OffsetDateTime issuedAt, String issuedBy, String sha256, String fileName, byte[] pdf,
                            Long documentId, String body, Long replacesId) {
    }

    private static final String SELECT = """
            select l.*, r.letter_number as replaces_number, n.id as replaced_by_id, n.letter_number as replaced_by_number
              from slrt.letter l
              left join slrt.letter r on r.id = l.replaces_id
              left join slrt.letter n on n.replaces_id = l.id""";

    private final JdbcClient jdbc;

    public LetterRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(NewLetter l) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into slrt.letter (case_id, letter_type, title, office_code, office_name, year, sequence,
                                                 letter_number, verification_code, issued_on, issued_at, issued_by,
                                                 sha256, file_name, pdf, document_id, body, replaces_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(l.caseId(), l.letterType(), l.title(), l.officeCode(), l.officeName(), l.year(), l.sequence(),
                        l.letterNumber(), l.verificationCode(), l.issuedOn(), l.issuedAt(), l.issuedBy(), l.sha256(),
                        l.fileName(), l.pdf(), l.documentId(), l.body(), l.replacesId())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    public Optional<Letter> find(long id) {
        return jdbc.sql(SELECT + " where l.id = ?").param(id).query(LetterRegister::map).optional();
    }

    public Optional<Letter> byVerificationCode(String code) {
        return jdbc.sql(SELECT + " where l.verification_code = ?").param(code).query(LetterRegister::map).optional();
    }

    public List<Letter> ofCase(long caseId) {
        return jdbc.sql(SELECT + " where l.case_id = ? order by l.id").param(caseId).query(LetterRegister::map).list();
    }

    /** The stored PDF, when the register keeps it (no case document store). */
    public Optional<byte[]> pdf(long id) {
        return jdbc.sql("select pdf from slrt.letter where id = ? and pdf is not null").param(id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    private static Letter map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Letter(rs.getLong("id"), rs.getLong("case_id"), rs.getString("letter_type"), rs.getString("title"),
                rs.getString("office_code"), rs.getString("office_name"), rs.getString("letter_number"),
                rs.getString("verification_code"), rs.getObject("issued_on", LocalDate.class),
                rs.getObject("issued_at", OffsetDateTime.class), rs.getString("issued_by"), rs.getString("sha256"),
                rs.getString("file_name"), (Long) rs.getObject("document_id"), rs.getString("body"),
                (Long) rs.getObject("replaces_id"),
                rs.getString("replaces_number"), (Long) rs.getObject("replaced_by_id"),
                rs.getString("replaced_by_number"));
    }
}
