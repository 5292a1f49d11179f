package id.slrt.caseengine.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code slrt.case_document} and the case facts access is decided on. */
@Repository
public class DocumentRepository {

    private static final String COLUMNS = """
            id, case_id, kind, file_name, content_type, size_bytes, sha256, origin, immutable, task_id, step,
            added_by, added_at, has_preview, removed_at, removed_by, removal_reason, erased_at""";

    private final JdbcClient jdbc;

    public DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What {@link #caseRow} reads of a case file. */
    private static final String CASE_COLUMNS = """
            select id, registration_number, region_code, service_type, assigned_caseworker,
                   current_assignee, process_instance_id, reporter_confidential, closed_at is not null, status,
                   district_code
              from slrt.case_file""";

    public Optional<DocumentCase> caseByNumber(String registrationNumber) {
        return jdbc.sql(CASE_COLUMNS + " where registration_number = ?")
                .param(registrationNumber).query(DocumentRepository::caseRow).optional();
    }

    public Optional<DocumentCase> caseByProcessInstance(String processInstanceId) {
        return jdbc.sql(CASE_COLUMNS + " where process_instance_id = ?")
                .param(processInstanceId).query(DocumentRepository::caseRow).optional();
    }

    public Optional<DocumentCase> caseById(long caseId) {
        return jdbc.sql(CASE_COLUMNS + " where id = ?")
                .param(caseId).query(DocumentRepository::caseRow).optional();
    }

    /** Serialises additions to one case, so two uploads at once cannot together pass the case's limit. */
    public void lockCase(long caseId) {
        jdbc.sql("select pg_advisory_xact_lock(18, cast(? as integer))").param(caseId).query((rs, n) -> 1).list();
    }

    /** Bytes the case holds: every document not yet erased, removed ones too (their bytes are kept). */
    public long bytesOfCase(long caseId) {
        return jdbc.sql("select coalesce(sum(size_bytes), 0) from slrt.case_document where case_id = ? and erased_at is null")
                .param(caseId).query(Long.class).single();
    }

    public long insert(long caseId, String kind, String fileName, String contentType, long size, String sha256,
                       StoredDocument.Origin origin, boolean immutable, String taskId, String step, String addedBy,
                       OffsetDateTime addedAt, boolean hasPreview, String store) {
        return jdbc.sql("""
                        insert into slrt.case_document (case_id, kind, file_name, content_type, size_bytes, sha256,
                               origin, immutable, task_id, step, added_by, added_at, has_preview, store)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId, kind, fileName, contentType, size, sha256, origin.name(), immutable, taskId, step,
                        addedBy, addedAt, hasPreview, store)
                .query(Long.class).single();
    }

    public void storageKey(long id, String key) {
        if (key != null) {
            jdbc.sql("update slrt.case_document set storage_key = ? where id = ?").params(key, id).update();
        }
    }

    public List<StoredDocument.Row> ofCase(long caseId) {
        return jdbc.sql("select " + COLUMNS + " from slrt.case_document where case_id = ? order by added_at, id")
                .param(caseId).query(DocumentRepository::row).list();
    }

    public Optional<StoredDocument.Row> find(long caseId, long id) {
        return jdbc.sql("select " + COLUMNS + " from slrt.case_document where case_id = ? and id = ?")
                .params(caseId, id).query(DocumentRepository::row).optional();
    }

    public int remove(long id, String by, OffsetDateTime at, String reason) {
        return jdbc.sql("""
                        update slrt.case_document set removed_at = ?, removed_by = ?, removal_reason = ?
                         where id = ? and removed_at is null""")
                .params(at, by, reason, id).update();
    }

    /** Retention: the file name (personal: it often names the person) and the removal reason go; the row stays. */
    public List<Long> eraseMetadata(long caseId, OffsetDateTime at) {
        return jdbc.sql("""
                        update slrt.case_document
                           set file_name = null, removal_reason = case when removed_at is null then null else '-' end,
                               has_preview = false, erased_at = ?
                         where case_id = ? and erased_at is null returning id""")
                .params(at, caseId).query(Long.class).list();
    }

    private static DocumentCase caseRow(ResultSet rs, int n) throws SQLException {
        return new DocumentCase(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getBoolean(9), rs.getString(10),
                rs.getString(11));
    }

    private static StoredDocument.Row row(ResultSet rs, int n) throws SQLException {
        return new StoredDocument.Row(rs.getLong("id"), rs.getLong("case_id"), rs.getString("kind"),
                rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), StoredDocument.Origin.valueOf(rs.getString("origin")),
                rs.getBoolean("immutable"), rs.getString("task_id"), rs.getString("step"), rs.getString("added_by"),
                rs.getObject("added_at", OffsetDateTime.class), rs.getBoolean("has_preview"),
                rs.getObject("removed_at", OffsetDateTime.class), rs.getString("removed_by"),
                rs.getString("removal_reason"), rs.getObject("erased_at", OffsetDateTime.class));
    }
}
