package id.slrt.caseengine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The indexes and statistics the project adds to the engine's tables exist, are valid and do their job. */
@IntegrationTest
class EngineTableTuningTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EngineTableTuning tuning;

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
        jdbc.sql("drop index slrt_idx_task_due_date").update();

        tuning.ensure();

        assertThat(jdbc.sql("select count(*) from pg_indexes where indexname = 'slrt_idx_task_due_date'")
                .query(Long.class).single()).isEqualTo(1L);
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
