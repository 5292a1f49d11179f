package id.slrt.caseengine.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.slrt.caseengine.support.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class FlywayMigrationTest {

    @Autowired
    Flyway flyway;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void everyMigrationIsAppliedInTheProjectSchema() {
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).isNotEmpty();
        assertThat(applied).allSatisfy(m -> assertThat(m.getState()).isEqualTo(MigrationState.SUCCESS));
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_schema = 'slrt' and table_name = 'case_file'")
                .query(Integer.class).single()).isEqualTo(1);
        // Camunda keeps its own tables outside the project's schema.
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_schema = 'slrt' and table_name like 'act_%'")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_schema = 'public' and table_name = 'act_ru_task'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void regionReferenceDataMatchesKepmendagri2025() {
        assertThat(countLevel(1)).isEqualTo(38);
        assertThat(countLevel(2)).isEqualTo(514);
        assertThat(countLevel(3)).isEqualTo(7285);
        assertThat(jdbc.sql("select name from slrt.region where code = '351601'").query(String.class).single())
                .isEqualTo("Jatirejo");
        assertThat(jdbc.sql("select parent_code from slrt.region where code = '351601'").query(String.class).single())
                .isEqualTo("3516");
    }

    @Test
    void caseEventLogRefusesUpdatesAndDeletes() {
        long caseId = tx.execute(status -> {
            jdbc.sql("insert into slrt.case_file (registration_number, service_type, process_key, channel, region_code, status, opened_at, updated_at) "
                    + "values ('SLRT-3516-1999-000001', 'COMPLAINT', 'complaint-handling', 'WALK_IN', '3516', 'REGISTERED', now(), now())").update();
            long id = jdbc.sql("select id from slrt.case_file where registration_number = 'SLRT-3516-1999-000001'")
                    .query(Long.class).single();
            jdbc.sql("insert into slrt.case_event (case_id, occurred_at, event_type) values (?, now(), 'TEST')").param(id).update();
            return id;
        });
        assertThatThrownBy(() -> jdbc.sql("update slrt.case_event set event_type = 'CHANGED' where case_id = ?").param(caseId).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from slrt.case_event where case_id = ?").param(caseId).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void registrationNumbersMustHaveTheOfficialShape() {
        assertThatThrownBy(() -> jdbc.sql("insert into slrt.case_file (registration_number, service_type, process_key, channel, region_code, status, opened_at, updated_at) "
                + "values ('SLRT-35-2026-1', 'COMPLAINT', 'complaint-handling', 'WALK_IN', '3516', 'REGISTERED', now(), now())").update())
                .hasMessageContaining("check");
    }

    private int countLevel(int level) {
        return jdbc.sql("select count(*) from slrt.region where level = ?").param(level).query(Integer.class).single();
    }
}
