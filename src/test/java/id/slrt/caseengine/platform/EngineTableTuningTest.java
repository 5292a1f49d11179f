package id.slrt.caseengine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The indexes and statistics the project adds to the engine's tables exist, are valid and do their job. */
@IntegrationTest
class EngineTableTuningTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EngineTableTuning tuning;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void everyIndexExistsOnItsEngineTableAndIsValid() {
        for (EngineTableTuning.EngineIndex index : EngineTableTuning.INDEXES) {
            assertThat(jdbc.sql("""
                    select count(*) from pg_index i join pg_class c on c.oid = i.indexrelid
                    join pg_class t on t.oid = i.indrelid
                    where c.relname = ? and t.relname = ? and i.indisvalid""")
                    .params(index.name(), index.table()).query(Long.class).single())
                    .as(index.name()).isEqualTo(1L);
        }
    }

    @Test
    void aDroppedIndexIsCreatedAgainOnTheNextStart() {
        jdbc.sql("drop index slrt_idx_task_due_order").update();

        tuning.ensure();

        assertThat(jdbc.sql("select count(*) from pg_indexes where indexname = 'slrt_idx_task_due_order'")
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void theDueDateIndexOfTheEarlierVersionIsDropped() {
        jdbc.sql("create index slrt_idx_task_due_date on act_ru_task (due_date_)").update();

        tuning.ensure();

        assertThat(jdbc.sql("select count(*) from pg_indexes where indexname = 'slrt_idx_task_due_date'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aPageOfTasksDueAtTheSameMomentIsReadInIndexOrderWithoutSortingThemAll() throws Exception {
        // Camunda's task query shape: distinct over the task's columns (REV_, ID_ first), ordered by due date. The
        // test database is small, so the planner is told to use an index as it does at 100,000 tasks.
        String plan = transaction.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return jdbc.sql("""
                    explain (format json) select distinct RES.REV_, RES.ID_, RES.NAME_, RES.DUE_DATE_
                    from act_ru_task RES order by RES.DUE_DATE_ asc limit 50""").query(String.class).single();
        });
        JsonNode root = new ObjectMapper().readTree(plan);
        assertThat(root.findValues("Index Name").toString()).contains("slrt_idx_task_due_order");
        assertThat(root.findValues("Presorted Key").toString())
                .as("tasks with the same due date come out of the index in the query's full order")
                .contains("[\"due_date_\",\"rev_\",\"id_\"");
    }

    @Test
    void thePlannerKnowsHowManyGrantsIncludeRead() throws Exception {
        long reading = jdbc.sql("select count(*) from act_ru_authorization where perms_ & 2 = 2").query(Long.class).single();
        assertThat(reading).as("grants with READ in the access model").isGreaterThan(20);

        // Without the expression statistics PostgreSQL guesses 0.5 % of the rows and picks plans that rescan the
        // authorization table once per task (docs/performance.md).
        assertThat(estimatedRows("select * from act_ru_authorization where perms_ & 2 = 2"))
                .isBetween(reading / 2, reading * 2);
    }

    private long estimatedRows(String sql) throws Exception {
        String plan = jdbc.sql("explain (format json) " + sql).query(String.class).single();
        JsonNode root = new ObjectMapper().readTree(plan);
        return root.get(0).get("Plan").get("Plan Rows").asLong();
    }
}
