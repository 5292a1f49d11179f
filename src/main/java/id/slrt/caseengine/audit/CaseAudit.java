package id.slrt.caseengine.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.system.CurrentActor;
import id.slrt.caseengine.system.OfficeClock;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail of a case: who read its personal data through the API (case view, search results) from the
 * append-only {@code slrt.case_access_audit}, and who changed it from the append-only case event log.
 */
@Repository
public class CaseAudit {

    public enum Action { VIEW, SEARCH_RESULT, AUDIT_VIEW, CHANGE }

    /** One line of the trail: when, who, what kind of access, and what (route or event type). */
    public record Entry(OffsetDateTime occurredAt, String actor, Action action, String what, String step,
                        String clientAddress, Map<String, Object> details) {
    }

    private static final String INSERT = """
            insert into slrt.case_access_audit (occurred_at, actor, action, case_id, route, client_address, details)
            select ?, ?, ?, c.id, ?, ?, cast(? as jsonb) from slrt.case_file c where c.registration_number = any (?)""";

    private final JdbcClient jdbc;
    private final CurrentActor actor;
    private final OfficeClock clock;
    private final ObjectMapper json;

    public CaseAudit(JdbcClient jdbc, CurrentActor actor, OfficeClock clock, ObjectMapper json) {
        this.jdbc = jdbc;
        this.actor = actor;
        this.clock = clock;
        this.json = json;
    }

    /** Records that the current user read these cases; one row per case, in one statement. */
    public void read(Action action, Collection<String> registrationNumbers, Map<String, ?> details) {
        if (registrationNumbers.isEmpty()) {
            return;
        }
        HttpServletRequest request = currentRequest();
        String route = request == null ? "-" : truncate(request.getMethod() + " " + request.getRequestURI(), 200);
        String client = request == null ? null : truncate(request.getRemoteAddr(), 64);
        jdbc.sql(INSERT).params(clock.now(), actor.name(), action.name(), route, client, toJson(details),
                registrationNumbers.toArray(String[]::new)).update();
    }

    /** Reads and changes of one case, oldest first. */
    public List<Entry> trail(long caseId) {
        return jdbc.sql("""
                        select occurred_at, actor, action, route, null as step, client_address, details, id, 0 as src
                          from slrt.case_access_audit where case_id = :id
                        union all
                        select occurred_at, actor, 'CHANGE', event_type, step, null, null, id, 1
                          from slrt.case_event where case_id = :id
                         order by 1, 9, 8""")
                .param("id", caseId)
                .query((rs, n) -> new Entry(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        Action.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                        fromJson(rs.getString(7))))
                .list();
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private String toJson(Map<String, ?> details) {
        try {
            return details == null || details.isEmpty() ? null : json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> fromJson(String value) {
        try {
            return value == null ? null : json.readValue(value, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
