package id.slrt.caseengine.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The append-only event log; the database refuses updates and deletes on it. Inside a transaction the events
 * are written together in one batch just before commit (a case change appends several), outside one at once.
 */
@Repository
public class CaseEventRepository {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };
    private static final String INSERT = """
            insert into slrt.case_event (case_id, occurred_at, event_type, step, actor, details)
            values (?, ?, ?, ?, ?, cast(? as jsonb))""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ObjectMapper json;

    public CaseEventRepository(JdbcClient jdbc, JdbcTemplate batch, ObjectMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    public void append(long caseId, OffsetDateTime at, String type, String step, String actor, Map<String, ?> details) {
        Object[] row = {caseId, at, type, step, actor, toJson(details)};
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            jdbc.sql(INSERT).params(row).update();
            return;
        }
        pendingRows().add(row);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> pendingRows() {
        List<Object[]> rows = (List<Object[]>) TransactionSynchronizationManager.getResource(this);
        if (rows == null) {
            List<Object[]> created = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    batch.batchUpdate(INSERT, created);
                    created.clear();
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CaseEventRepository.this);
                }
            });
            rows = created;
        }
        return rows;
    }

    /** Events of a case; within a transaction, includes the ones appended but not yet written. */
    public List<CaseEvent> findByCase(long caseId) {
        flushPending();
        return jdbc.sql("select * from slrt.case_event where case_id = ? order by occurred_at, id")
                .param(caseId).query(this::map).list();
    }

    private void flushPending() {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.getResource(this) instanceof List<?> rows && !rows.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> pending = (List<Object[]>) rows;
            batch.batchUpdate(INSERT, pending);
            pending.clear();
        }
    }

    private CaseEvent map(ResultSet rs, int row) throws SQLException {
        String details = rs.getString("details");
        Map<String, Object> parsed = null;
        if (details != null) {
            try {
                parsed = json.readValue(details, MAP);
            } catch (JsonProcessingException e) {
                throw new SQLException("Unreadable case event details", e);
            }
        }
        return new CaseEvent(rs.getLong("id"), rs.getLong("case_id"), rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getString("event_type"), rs.getString("step"), rs.getString("actor"), parsed);
    }

    private String toJson(Map<String, ?> details) {
        if (details == null || details.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Case event details are not serialisable", e);
        }
    }
}
