package id.slrt.caseengine.platform;

import jakarta.annotation.PostConstruct;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes and planner statistics the project adds to the engine's own tables (Camunda creates and migrates
 * them; this only adds, never changes a Camunda object). Measured with the benchmark at 100,000 open cases,
 * see docs/performance.md:
 * <ul>
 *   <li>the Tasklist filters sort by due date: without an index PostgreSQL joins and sorts every open task
 *       before it returns the first 50. Camunda's task query is {@code select distinct RES.REV_, RES.ID_, ...
 *       order by RES.DUE_DATE_}, which PostgreSQL sorts by due date, then REV_, then ID_; cases opened on the
 *       same day share a deadline, so an index on the due date alone still left all the tasks of the first
 *       deadline to sort (2.4 s for 98,000 tasks due at the same moment). With REV_ and ID_ in the index the
 *       rows come out in the full order and the query stops after the first 50;</li>
 *   <li>the authorization check tests {@code PERMS_ & n = n}; without statistics on those expressions the
 *       planner assumes 0.5 % of the rows match (every task of a group has its own READ grant) and rescans the
 *       whole authorization table for each task;</li>
 *   <li>job acquisition looks for due jobs and for exclusive jobs locked in the same process instance; with a
 *       waiting timer for every open case it scanned the whole job table on every round.</li>
 * </ul>
 * Built concurrently, so a start against a large production database does not block the engine's writes;
 * an index left invalid by an interrupted build is rebuilt. Turn off with {@code slrt.engine-tuning.enabled=false}
 * where the database administrator manages these objects (the SQL is in docs/performance.md).
 */
@Component
public class EngineTableTuning {

    private static final Logger log = LoggerFactory.getLogger(EngineTableTuning.class);

    record EngineIndex(String name, String table, String definition) {
    }

    record ExpressionStatistics(String name, String table, String expression) {
    }

    static final List<EngineIndex> INDEXES = List.of(
            new EngineIndex("slrt_idx_task_due_order", "act_ru_task", "(due_date_, rev_, id_)"),
            new EngineIndex("slrt_idx_job_due_date", "act_ru_job", "(duedate_)"),
            new EngineIndex("slrt_idx_job_locked", "act_ru_job", "(lock_exp_time_) where lock_owner_ is not null"));

    /** Indexes of earlier versions that an index above replaces. */
    static final List<String> SUPERSEDED_INDEXES = List.of("slrt_idx_task_due_date");

    static final List<ExpressionStatistics> STATISTICS = List.of(
            new ExpressionStatistics("slrt_stat_auth_read", "act_ru_authorization", "(perms_ & 2)"),
            new ExpressionStatistics("slrt_stat_auth_read_task", "act_ru_authorization", "(perms_ & 64)"));

    private final DataSource dataSource;
    private final String tablePrefix;
    private final boolean enabled;

    public EngineTableTuning(DataSource dataSource, ProcessEngine engine,
                             PlatformProperties properties) {
        this.dataSource = dataSource;
        // The engine is built (and its tables exist) before this bean, which needs it.
        String prefix = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseTablePrefix();
        this.tablePrefix = prefix == null ? "" : prefix;
        this.enabled = properties.getEngineTuning().isEnabled();
    }

    @PostConstruct
    public void ensure() {
        if (!enabled) {
            log.info("Engine table tuning is off (slrt.engine-tuning.enabled=false)");
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true); // CREATE INDEX CONCURRENTLY refuses to run inside a transaction
            for (EngineIndex index : INDEXES) {
                ensureIndex(connection, index);
            }
            for (String superseded : SUPERSEDED_INDEXES) {
                dropIndex(connection, superseded);
            }
            if (connection.getMetaData().getDatabaseMajorVersion() >= 14) {
                for (ExpressionStatistics statistics : STATISTICS) {
                    ensureStatistics(connection, statistics);
                }
            } else {
                log.warn("PostgreSQL {} has no expression statistics (14+): authorized task queries stay slower at scale",
                        connection.getMetaData().getDatabaseProductVersion());
            }
        } catch (SQLException e) {
            // Two nodes starting at once may race on the same index; slower queries are no reason not to start.
            log.warn("Could not add the engine table indexes/statistics ({}); queries work, only slower at scale",
                    e.getMessage());
        }
    }

    private void ensureIndex(Connection connection, EngineIndex index) throws SQLException {
        Boolean valid = indexValidity(connection, index.name());
        if (Boolean.TRUE.equals(valid)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            if (valid != null) {
                log.warn("Index {} was left invalid by an interrupted build; rebuilding it", index.name());
                statement.execute("drop index concurrently if exists " + tablePrefix + index.name());
            }
            long start = System.nanoTime();
            statement.execute("create index concurrently if not exists " + index.name() + " on "
                    + tablePrefix + index.table() + " " + index.definition());
            log.info("Created index {} on {} in {} ms", index.name(), index.table(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    private void dropIndex(Connection connection, String name) throws SQLException {
        if (indexValidity(connection, name) == null) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop index concurrently if exists " + tablePrefix + name);
            log.info("Dropped index {}, replaced by a newer one", name);
        }
    }

    /** True: exists and valid; false: exists but invalid; null: missing. */
    private static Boolean indexValidity(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select i.indisvalid from pg_index i join pg_class c on c.oid = i.indexrelid "
                        + "where c.relname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getBoolean(1) : null;
            }
        }
    }

    private void ensureStatistics(Connection connection, ExpressionStatistics statistics) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select 1 from pg_statistic_ext where stxname = ?")) {
            query.setString(1, statistics.name());
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            String table = tablePrefix + statistics.table();
            statement.execute("create statistics if not exists " + statistics.name() + " on " + statistics.expression()
                    + " from " + table);
            statement.execute("analyze " + table);
            log.info("Created statistics {} on {}", statistics.name(), statistics.table());
        }
    }
}
