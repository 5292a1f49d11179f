package id.slrt.caseengine.sla;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code slrt.sla_clock}: one row per user task with a deadline. */
@Repository
public class SlaClockRepository {

    private final JdbcClient jdbc;

    public SlaClockRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void start(long caseId, String taskId, String taskKey, String stepName, String assignee,
                      OffsetDateTime startedAt, OffsetDateTime dueAt) {
        jdbc.sql("""
                        insert into slrt.sla_clock (case_id, task_id, task_key, step_name, assignee, started_at, due_at)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (task_id) do nothing""")
                .params(caseId, taskId, taskKey, stepName, assignee, startedAt, dueAt).update();
    }

    public void assign(String taskId, String assignee) {
        jdbc.sql("update slrt.sla_clock set assignee = ? where task_id = ?").params(assignee, taskId).update();
    }

    public void complete(String taskId, OffsetDateTime at) {
        jdbc.sql("update slrt.sla_clock set completed_at = ? where task_id = ? and completed_at is null")
                .params(at, taskId).update();
    }

    /** @return whether an open clock of this task was flagged now (false: already flagged, or done) */
    public boolean flagAtRisk(String taskId, OffsetDateTime at) {
        return jdbc.sql("update slrt.sla_clock set at_risk_at = ? where task_id = ? and completed_at is null and at_risk_at is null")
                .params(at, taskId).update() == 1;
    }

    public boolean recordBreach(String taskId, OffsetDateTime at) {
        return jdbc.sql("update slrt.sla_clock set breached_at = ? where task_id = ? and completed_at is null and breached_at is null")
                .params(at, taskId).update() == 1;
    }
}
