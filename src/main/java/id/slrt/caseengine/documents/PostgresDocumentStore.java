package id.slrt.caseengine.documents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Bytes in {@code slrt.case_document_content}, in the same transaction as the metadata: backed up with the database. */
@Component
public class PostgresDocumentStore implements DocumentStore {

    private final JdbcClient jdbc;

    public PostgresDocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "POSTGRES";
    }

    @Override
    public String put(long documentId, byte[] bytes, byte[] preview) {
        jdbc.sql("insert into slrt.case_document_content (document_id, bytes, preview) values (?, ?, ?)")
                .params(documentId, bytes, preview).update();
        return null;
    }

    @Override
    public byte[] get(long documentId) {
        return jdbc.sql("select bytes from slrt.case_document_content where document_id = ?").param(documentId)
                .query((rs, n) -> rs.getBytes(1)).optional().orElse(null);
    }

    @Override
    public byte[] preview(long documentId) {
        return jdbc.sql("select preview from slrt.case_document_content where document_id = ?").param(documentId)
                .query((rs, n) -> rs.getBytes(1)).optional().orElse(null);
    }

    @Override
    public boolean erase(long documentId) {
        return jdbc.sql("""
                        update slrt.case_document_content set bytes = null, preview = null
                         where document_id = ? and (bytes is not null or preview is not null)""")
                .param(documentId).update() > 0;
    }
}
