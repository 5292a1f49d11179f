package id.slrt.caseengine.casefile;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Category and reporter confidentiality of a case file (columns of {@code slrt.case_file}). */
@Repository
public class CaseClassificationRepository {

    public record Classification(String category, boolean reporterConfidential) {
    }

    private final JdbcClient jdbc;

    public CaseClassificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Classification of(long caseId) {
        return jdbc.sql("select category, reporter_confidential from slrt.case_file where id = ?").param(caseId)
                .query((rs, n) -> new Classification(rs.getString(1), rs.getBoolean(2))).single();
    }

    public void setCategory(long caseId, String category, OffsetDateTime now) {
        jdbc.sql("update slrt.case_file set category = ?, updated_at = ? where id = ?")
                .params(category, now, caseId).update();
    }

    /** Confidentiality is never lifted once set: the identity may already have been withheld from someone. */
    public boolean protectReporter(long caseId, OffsetDateTime now) {
        return jdbc.sql("""
                        update slrt.case_file set reporter_confidential = true, updated_at = ?
                         where id = ? and not reporter_confidential""")
                .params(now, caseId).update() == 1;
    }
}
