package id.slrt.caseengine.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only event log; the database refuses updates and deletes on it. */
@Repository
public class CaseEventRepository {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public CaseEventRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void append(long caseId, OffsetDateTime at, String type, String step, String actor, Map<String, ?> details) {
        jdbc.sql("""
                        insert into slrt.case_event (case_id, occurred_at, event_type, step, actor, details)
                        values (?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(caseId, at, type, step, actor, toJson(details))
                .update();
    }

    public List<CaseEvent> findByCase(long caseId) {
        return jdbc.sql("select * from slrt.case_event where case_id = ? order by occurred_at, id")
                .param(caseId).query(this::map).list();
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
