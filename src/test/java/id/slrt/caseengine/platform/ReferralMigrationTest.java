package id.slrt.caseengine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import id.slrt.caseengine.support.IntegrationTest;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V130 moves village-application referrals (slrt.puskesos_referral) into the one referral model: run on a database
 * of its own that stops at V120 with an accepted and a rejected application, then is migrated to the end.
 */
@IntegrationTest
class ReferralMigrationTest {

    @Autowired
    DataSource application;

    @Test
    void answeredVillageReferralsBecomeClosedReferrals() throws Exception {
        HikariDataSource server = (HikariDataSource) application;
        JdbcClient admin = JdbcClient.create(application);
        admin.sql("drop database if exists slrt_migration_check").update();
        admin.sql("create database slrt_migration_check").update();
        String url = server.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/slrt_migration_check$1");
        try (HikariDataSource check = new HikariDataSource()) {
            check.setJdbcUrl(url);
            check.setUsername(server.getUsername());
            check.setPassword(server.getPassword());
            flyway(check, "120").migrate();
            JdbcClient jdbc = JdbcClient.create(check);
            long caseId = jdbc.sql("""
                    insert into slrt.case_file (registration_number, service_type, process_key, channel, region_code,
                                                status, opened_at, updated_at)
                    values ('SLRT-3516-2026-000001', 'PUSKESOS_APPLICATION', 'puskesos-application', 'PUSKESOS',
                            '3516', 'REFERRED', now(), now()) returning id""").query(Long.class).single();
            jdbc.sql("""
                    insert into slrt.puskesos_referral (case_id, need_category, agency_code, agency_name, referred_at,
                                                        referred_by, answer, answer_reference, answer_note, answered_at,
                                                        answered_by)
                    values (?, 'HEALTH_INSURANCE', 'BPJS', 'BPJS Kesehatan', now(), 'peksos', 'ACCEPTED',
                            'BPJS/PBI/2026/118', 'aktif', now(), 'opd'),
                           (?, 'HOUSING', 'DISPERKIM', 'Disperkim', now(), 'peksos', 'REJECTED', 'PERKIM/77', 'kuota penuh',
                            now(), 'opd'),
                           (?, 'EDUCATION_AID', 'DISDIK', 'Dinas Pendidikan', now(), 'peksos', null, null, null, null, null)""")
                    .params(caseId, caseId, caseId).update();

            flyway(check, "latest").migrate();

            var rows = jdbc.sql("select agency_code, consent, outcome, reason_code, outcome_reference, outcome_note, "
                            + "closed_by from slrt.referral where case_id = ? order by id").param(caseId).query().listOfRows();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0)).containsAllEntriesOf(Map.of("agency_code", "BPJS", "consent", "GIVEN",
                    "outcome", "SUCCESSFUL", "outcome_reference", "BPJS/PBI/2026/118", "closed_by", "opd"));
            assertThat(rows.get(0).get("reason_code")).isNull();
            assertThat(rows.get(1)).containsAllEntriesOf(Map.of("outcome", "UNSUCCESSFUL",
                    "reason_code", "AGENCY_DECLINED", "outcome_note", "kuota penuh"));
            assertThat(rows.get(2).get("outcome")).isNull();
            assertThat(jdbc.sql("select count(*) from information_schema.tables where table_schema = 'slrt' "
                    + "and table_name = 'puskesos_referral'").query(Long.class).single()).isZero();
        } finally {
            admin.sql("drop database if exists slrt_migration_check").update();
        }
    }

    private static Flyway flyway(DataSource database, String target) {
        return Flyway.configure().dataSource(database).schemas("slrt").defaultSchema("slrt").createSchemas(true)
                .locations("classpath:db/migration").target(target).load();
    }
}
