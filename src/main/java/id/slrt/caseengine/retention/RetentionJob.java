package id.slrt.caseengine.retention;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.platform.CaseRecordEraser;
import id.slrt.caseengine.system.OfficeClock;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases closed case files whose service's retention period has passed and that no legal hold stops: every
 * {@link CaseRecordEraser} (people, events, access audit, messages, the other features' records), and the engine's
 * history of the case's process instances (and the processes they called). One transaction per case; each erased
 * case is a row of {@code slrt.retention_log} (registration number and counts, no personal data).
 */
@Component
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    /** What one run did. */
    public record Run(OffsetDateTime ranAt, List<String> erased, int held) {
    }

    private final JdbcClient jdbc;
    private final List<CaseRecordEraser> erasers;
    private final HistoryService history;
    private final RetentionProperties properties;
    private final OfficeClock clock;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;

    public RetentionJob(JdbcClient jdbc, List<CaseRecordEraser> erasers, HistoryService history,
                        RetentionProperties properties, OfficeClock clock, TransactionTemplate transactions,
                        ObjectMapper json) {
        this.jdbc = jdbc;
        this.erasers = erasers.stream().sorted(Comparator.comparing(CaseRecordEraser::part)).toList();
        this.history = history;
        this.properties = properties;
        this.clock = clock;
        this.transactions = transactions;
        this.json = json;
    }

    private record Due(long id, String registrationNumber, String serviceType, OffsetDateTime closedAt,
                       String processInstanceId) {
    }

    public Run run() {
        OffsetDateTime now = clock.now();
        Map<String, java.time.Period> periods = properties.parsedPeriods();
        java.time.Period shortest = periods.values().stream()
                .reduce(properties.getDefaultPeriod(), (a, b) -> now.minus(a).isAfter(now.minus(b)) ? a : b);
        List<Due> candidates = jdbc.sql("""
                        select id, registration_number, service_type, closed_at, process_instance_id
                          from slrt.case_file
                         where closed_at is not null and erased_at is null and closed_at <= ?
                           and not exists (select 1 from slrt.case_legal_hold h where h.case_id = case_file.id)
                         order by closed_at, id""")
                .param(now.minus(shortest))
                .query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5)))
                .list();
        List<String> erased = new ArrayList<>();
        for (Due due : candidates) {
            if (erased.size() >= properties.getMaxCasesPerRun()) {
                break;
            }
            if (due.closedAt().plus(properties.periodOf(due.serviceType())).isAfter(now)) {
                continue;
            }
            Boolean done = transactions.execute(tx -> erase(due, now));
            if (Boolean.TRUE.equals(done)) {
                erased.add(due.registrationNumber());
            }
        }
        int held = jdbc.sql("select count(*) from slrt.case_legal_hold h join slrt.case_file c on c.id = h.case_id "
                + "where c.erased_at is null").query(Integer.class).single();
        log.info("Retention run: {} case files erased {}, {} under legal hold", erased.size(), erased, held);
        return new Run(now, erased, held);
    }

    private boolean erase(Due due, OffsetDateTime now) {
        // Re-checked under the case file's row lock (a new hold's foreign key check waits for it): a legal hold
        // set since the candidates were read wins.
        boolean stillDue = jdbc.sql("select id from slrt.case_file where id = ? and erased_at is null for update")
                .param(due.id()).query(Long.class).optional().isPresent()
                && jdbc.sql("select count(*) from slrt.case_legal_hold where case_id = ?").param(due.id())
                .query(Integer.class).single() == 0;
        if (!stillDue) {
            return false;
        }
        // Lets this transaction, and only it, delete from the append-only trails (V221).
        jdbc.sql("select set_config('slrt.retention_erasure', 'on', true)").query().singleRow();
        Map<String, Integer> parts = new LinkedHashMap<>();
        for (CaseRecordEraser eraser : erasers) {
            parts.merge(eraser.part(), eraser.erase(due.id()), Integer::sum);
        }
        parts.put("engine-history", eraseHistory(due));
        jdbc.sql("update slrt.case_file set erased_at = ?, updated_at = ? where id = ?")
                .params(now, now, due.id()).update();
        jdbc.sql("""
                        insert into slrt.retention_log (run_at, registration_number, service_type, closed_at, parts)
                        values (?, ?, ?, ?, cast(? as jsonb))""")
                .params(now, due.registrationNumber(), due.serviceType(), due.closedAt(), toJson(parts)).update();
        jdbc.sql("select set_config('slrt.retention_erasure', 'off', true)").query().singleRow();
        return true;
    }

    /** The finished process instances of the case (by its instance id and business key) and all they called. */
    private int eraseHistory(Due due) {
        Set<String> ids = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        if (due.processInstanceId() != null) {
            todo.add(due.processInstanceId());
        }
        history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(due.registrationNumber()).list()
                .forEach(p -> todo.add(p.getId()));
        while (!todo.isEmpty()) {
            String id = todo.poll();
            if (ids.add(id)) {
                history.createHistoricProcessInstanceQuery().superProcessInstanceId(id).list()
                        .forEach(p -> todo.add(p.getId()));
            }
        }
        List<String> finished = ids.isEmpty() ? List.of()
                : history.createHistoricProcessInstanceQuery().processInstanceIds(ids).finished().list().stream()
                .map(HistoricProcessInstance::getId).toList();
        if (!finished.isEmpty()) {
            history.deleteHistoricProcessInstancesIfExists(finished);
        }
        return finished.size();
    }

    private String toJson(Map<String, Integer> parts) {
        try {
            return json.writeValueAsString(parts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
