package id.slrt.caseengine.casefile;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The PPKS types a case carries (slrt.case_ppks). */
@Repository
public class CasePpksRepository {

    public record CasePpks(String code, String source, OffsetDateTime recordedAt, String recordedBy) {
    }

    private final JdbcClient jdbc;

    public CasePpksRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(long caseId, Collection<String> codes, String source, String actor, OffsetDateTime now) {
        for (String code : codes) {
            jdbc.sql("""
                    insert into slrt.case_ppks (case_id, ppks_code, source, recorded_at, recorded_by)
                    values (?, ?, ?, ?, ?) on conflict (case_id, ppks_code) do nothing""")
                    .params(caseId, code, source, now, actor).update();
        }
    }

    /** Replaces the case's types with {@code codes} (kept rows keep their source and time). */
    public void replace(long caseId, Collection<String> codes, String source, String actor, OffsetDateTime now) {
        jdbc.sql("delete from slrt.case_ppks where case_id = ? and ppks_code <> all (?)")
                .params(caseId, codes.toArray(String[]::new)).update();
        add(caseId, codes, source, actor, now);
    }

    public List<CasePpks> of(long caseId) {
        return jdbc.sql("""
                select ppks_code, source, recorded_at, recorded_by from slrt.case_ppks
                 where case_id = ? order by recorded_at, ppks_code""")
                .param(caseId)
                .query((rs, n) -> new CasePpks(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getString(4)))
                .list();
    }
}
