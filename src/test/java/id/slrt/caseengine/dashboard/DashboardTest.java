package id.slrt.caseengine.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.security.region.RegionTenants;
import id.slrt.caseengine.support.IntegrationTest;
import id.slrt.caseengine.system.Groups;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The supervisor dashboard over a known set of cases in Kota Semarang (3374) and Kota Pekalongan (3375), the two
 * regencies of the supervisor {@code spvdash}, on Wednesday 2 December 2026 at 10:00 WIB; plus cases of Kota
 * Tegal (3376), which {@code spvdash} does not work and must never see.
 *
 * <p>Open: A1 on schedule, A2 flagged at risk, A3 past its deadline (breach recorded), A4 past its deadline
 * (breach timer not run yet), A5 without deadlines, A6 past one deadline while its escalation is at risk, A7
 * late once before but on schedule now. Closed in the last 12 weeks: C1 on time (48 h), C2 late (72 h), C3 on
 * time without deadlines (5 h), C4 late with its breach recorded and the task still open at closing (30 h);
 * C5 closed 20 weeks ago (outside the window).
 */
@IntegrationTest
class DashboardTest {

    static final ZoneOffset WIB = ZoneOffset.ofHours(7);
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, WIB);
    static final String SEMARANG = "3374";
    static final String PEKALONGAN = "3375";
    static final String TEGAL = "3376";
    static final String SUPERVISOR = "spvdash";
    static final String CASEWORKER = "peksosdash";
    static final String[] MINE = {SEMARANG, PEKALONGAN};

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    IdentityService identity;

    @BeforeEach
    void dataSet() {
        ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
        user(SUPERVISOR, "Kepala", "Seksi", Groups.SUPERVISOR);
        user(CASEWORKER, "Dewi", "Lestari", Groups.CASEWORKER);
        if (jdbc.sql("select count(*) from slrt.case_file where registration_number like 'SLRT-3374-2026-%'")
                .query(Long.class).single() > 0) {
            return;
        }
        long a1 = open(SEMARANG, 1, "COMPLAINT", CASEWORKER, hours(-20));
        clock(a1, "A1", "Triase pengaduan", hours(-20), hours(50), null, null, null);
        long a2 = open(SEMARANG, 2, "COMPLAINT", null, hours(-60));
        clock(a2, "A2", "Triase pengaduan", hours(-60), hours(20), hours(-1), null, null);
        long a3 = open(SEMARANG, 3, "ASSISTIVE_DEVICE", CASEWORKER, hours(-100));
        clock(a3, "A3", "Asesmen kebutuhan alat bantu", hours(-100), hours(-26), hours(-40), hours(-26), null);
        long a4 = open(PEKALONGAN, 1, "COMPLAINT", null, hours(-80));
        clock(a4, "A4", "Triase pengaduan", hours(-80), hours(-3), hours(-20), null, null);
        open(PEKALONGAN, 2, "PUSKESOS_APPLICATION", "opdpetugas", hours(-5));
        long a6 = open(SEMARANG, 4, "COMPLAINT", null, hours(-150));
        clock(a6, "A6", "Tangani pengaduan dan siapkan jawaban", hours(-150), hours(-50), hours(-70), hours(-50), null);
        clock(a6, "A6-esc", "Tindak lanjut keterlambatan", hours(-50), hours(4), hours(-2), null, null);
        long a7 = open(PEKALONGAN, 3, "COMPLAINT", CASEWORKER, hours(-200));
        clock(a7, "A7-old", "Triase pengaduan", hours(-200), hours(-150), hours(-170), hours(-150), hours(-140));
        clock(a7, "A7", "Tangani pengaduan dan siapkan jawaban", hours(-140), hours(30), null, null, null);

        long c1 = closed(SEMARANG, 10, "COMPLAINT", CASEWORKER, hours(-240), hours(-192), "RESOLVED");
        clock(c1, "C1", "Triase pengaduan", hours(-240), hours(-200), null, null, hours(-210));
        long c2 = closed(SEMARANG, 11, "COMPLAINT", CASEWORKER, hours(-500), hours(-428), "RESOLVED");
        clock(c2, "C2", "Triase pengaduan", hours(-500), hours(-460), null, null, hours(-440));
        closed(PEKALONGAN, 10, "ASSISTIVE_DEVICE", null, hours(-7), hours(-2), "DELIVERED");
        long c4 = closed(SEMARANG, 12, "COMPLAINT", null, hours(-31), hours(-1), "OUT_OF_SCOPE");
        clock(c4, "C4", "Triase pengaduan", hours(-31), hours(-5), hours(-10), hours(-5), null);
        long c5 = closed(SEMARANG, 13, "COMPLAINT", CASEWORKER, hours(-20 * 168 - 10), hours(-20 * 168), "RESOLVED");
        clock(c5, "C5", "Triase pengaduan", hours(-20 * 168 - 10), hours(-20 * 168 - 5), null, null, hours(-20 * 168 - 1));

        long i1 = open(TEGAL, 1, "COMPLAINT", null, hours(-90));
        clock(i1, "I1", "Triase pengaduan", hours(-90), hours(-10), hours(-30), hours(-10), null);
        closed(TEGAL, 2, "COMPLAINT", null, hours(-90), hours(-60), "RESOLVED");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theFiguresAreTheCasesOfTheSupervisorsRegencies() throws Exception {
        JsonNode f = api(SUPERVISOR, "/api/dashboard");

        JsonNode total = f.get("total");
        // The story in numbers.
        assertThat(total.get("open").asLong()).isEqualTo(7);
        assertThat(total.get("atRisk").asLong()).isEqualTo(1);
        assertThat(total.get("breached").asLong()).isEqualTo(3);
        assertThat(total.get("closed").asLong()).isEqualTo(4);
        assertThat(total.get("closedOnTime").asLong()).isEqualTo(2);
        assertThat(total.get("onTimePercent").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(total.get("medianHoursToClose").decimalValue()).isEqualByComparingTo("39.0");
        assertThat(f.get("weeks").asInt()).isEqualTo(12);
        assertThat(f.get("windowStart").asText()).isEqualTo("2026-09-14");
        assertThat(f.get("windowEnd").asText()).isEqualTo("2026-12-06");
        assertThat(f.get("unitName").asText()).isEqualTo("Semua unit");

        // The same figures counted independently, straight from the tables.
        assertRow(total, null, null, null);
        assertThat(f.get("byService")).extracting(r -> r.get("code").asText())
                .containsExactlyInAnyOrder("COMPLAINT", "ASSISTIVE_DEVICE", "PUSKESOS_APPLICATION");
        for (JsonNode row : f.get("byService")) {
            assertRow(row, "c.service_type = ?", row.get("code").asText(), "service " + row.get("code").asText());
        }
        assertThat(f.get("byUnit")).extracting(r -> r.get("code").asText()).containsExactlyInAnyOrder(SEMARANG, PEKALONGAN);
        for (JsonNode row : f.get("byUnit")) {
            assertRow(row, "c.region_code = ?", row.get("code").asText(), "unit " + row.get("code").asText());
        }
        assertThat(f.get("byUnit")).extracting(r -> r.get("name").asText())
                .containsExactlyInAnyOrder("Kota Semarang", "Kota Pekalongan");
        assertThat(f.get("byCaseworker")).hasSize(3);
        for (JsonNode row : f.get("byCaseworker")) {
            if (row.has("code")) {
                assertRow(row, "c.current_assignee = ?", row.get("code").asText(), "caseworker " + row.get("code").asText());
            } else {
                assertThat(row.get("name").asText()).isEqualTo("Belum diambil");
                assertRow(row, "c.current_assignee is null", null, "not taken");
            }
        }
        // Most cases past a deadline first: the untaken ones (A4, A6), Dewi (A3), then the OPD officer.
        assertThat(f.get("byCaseworker")).extracting(r -> r.path("code").asText(null))
                .containsExactly(null, CASEWORKER, "opdpetugas");
        assertThat(f.get("byCaseworker").get(1).get("name").asText()).isEqualTo("Dewi Lestari (peksosdash)");

        JsonNode weekly = f.get("weekly");
        assertThat(weekly).hasSize(12);
        assertThat(weekly.get(11).get("week").asText()).isEqualTo("2026-W49");
        assertThat(weekly.get(11).get("start").asText()).isEqualTo("2026-11-30");
        for (JsonNode week : weekly) {
            LocalDate monday = LocalDate.parse(week.get("start").asText());
            long closed = independentCount("""
                    select count(*) from slrt.case_file c where c.region_code = any (?) and c.closed_at >= ? and c.closed_at < ?""",
                    MINE, monday.atStartOfDay(WIB).toOffsetDateTime(), monday.plusWeeks(1).atStartOfDay(WIB).toOffsetDateTime());
            long late = independentCount("""
                    select count(distinct c.id) from slrt.case_file c join slrt.sla_clock k on k.case_id = c.id
                     where c.region_code = any (?) and c.closed_at >= ? and c.closed_at < ?
                       and (k.breached_at is not null or k.completed_at > k.due_at or (k.completed_at is null and k.due_at < c.closed_at))""",
                    MINE, monday.atStartOfDay(WIB).toOffsetDateTime(), monday.plusWeeks(1).atStartOfDay(WIB).toOffsetDateTime());
            assertThat(week.get("closed").asLong()).as("closed in " + monday).isEqualTo(closed);
            assertThat(week.get("closedOnTime").asLong()).as("on time in " + monday).isEqualTo(closed - late);
        }
        // C1 (24 Nov) and C2 (14 Nov) fall in earlier weeks, C3 and C4 in this one.
        assertThat(weekly.get(11).get("closed").asLong()).isEqualTo(2);
        assertThat(weekly.get(11).get("onTimePercent").decimalValue()).isEqualByComparingTo("50.0");
    }

    @Test
    void filtersByUnitServiceAndWindow() throws Exception {
        JsonNode semarang = api(SUPERVISOR, "/api/dashboard?unit=3374&service=COMPLAINT&weeks=1");
        assertThat(semarang.get("unitName").asText()).isEqualTo("Kota Semarang");
        assertThat(semarang.get("serviceName").asText()).isEqualTo("Pengaduan");
        JsonNode total = semarang.get("total");
        assertThat(total.get("open").asLong()).isEqualTo(3);      // A1, A2, A6
        assertThat(total.get("atRisk").asLong()).isEqualTo(1);    // A2
        assertThat(total.get("breached").asLong()).isEqualTo(1);  // A6
        assertThat(total.get("closed").asLong()).isEqualTo(1);    // C4 this week
        assertThat(total.get("closedOnTime").asLong()).isZero();
        assertThat(semarang.get("weekly")).hasSize(1);

        JsonNode wide = api(SUPERVISOR, "/api/dashboard?weeks=52");
        assertThat(wide.get("total").get("closed").asLong()).as("C5 too").isEqualTo(5);
    }

    @Test
    void theBreachedListLinksIntoTasklistAndCockpit() throws Exception {
        JsonNode list = api(SUPERVISOR, "/api/dashboard/breached");
        assertThat(list).extracting(b -> b.get("registrationNumber").asText())
                .containsExactly("SLRT-3374-2026-000004", "SLRT-3374-2026-000003", "SLRT-3375-2026-000001");
        JsonNode a6 = list.get(0);
        assertThat(a6.get("taskId").asText()).as("the step past due, not the escalation").isEqualTo("dash-A6");
        assertThat(a6.get("tasklistUrl").asText()).isEqualTo("/camunda/app/tasklist/default/#/?task=dash-A6");
        assertThat(a6.get("cockpitUrl").asText()).isEqualTo("/camunda/app/cockpit/default/#/process-instance/pi-SLRT-3374-2026-000004");
        assertThat(a6.get("caseUrl").asText()).isEqualTo("/app/cases/SLRT-3374-2026-000004");
        assertThat(a6.get("hoursOverdue").asLong()).isEqualTo(50);
        assertThat(a6.get("unitName").asText()).isEqualTo("Kota Semarang");
        assertThat(list.get(2).has("breachedAt")).as("A4: timer not run yet").isFalse();
        assertThat(list.get(2).has("assignee")).isFalse();
        assertThat(api(SUPERVISOR, "/api/dashboard/breached?limit=1")).hasSize(1);

        long independent = independentCount("""
                select count(distinct c.id) from slrt.case_file c join slrt.sla_clock k on k.case_id = c.id
                 where c.region_code = any (?) and c.closed_at is null and k.completed_at is null and k.due_at <= ?""",
                MINE, NOW);
        assertThat(list).hasSize((int) independent);
    }

    @Test
    void regionalScopingAdministratorsAndCaseworkers() throws Exception {
        // An administrator sees every regency, Tegal included.
        JsonNode all = api("admin", "/api/dashboard");
        assertThat(all.get("total").get("open").asLong()).isEqualTo(independentCount(
                "select count(*) from slrt.case_file c where c.closed_at is null"));
        assertThat(all.get("byUnit")).extracting(r -> r.get("code").asText()).contains(TEGAL);
        assertThat(api("admin", "/api/dashboard/breached?limit=10000")).extracting(b -> b.get("registrationNumber").asText())
                .contains("SLRT-3376-2026-000001");

        // A supervisor never sees another office's cases, and asking for them is refused plainly.
        assertThat(api(SUPERVISOR, "/api/dashboard/breached")).extracting(b -> b.get("registrationNumber").asText())
                .doesNotContain("SLRT-3376-2026-000001");
        ResponseEntity<String> tegal = http.withBasicAuth(SUPERVISOR, "demo").getForEntity("/api/dashboard?unit=3376", String.class);
        assertThat(tegal.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tegal.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(tegal.getBody()).get("errors").get(0).get("code").asText()).isEqualTo("UNIT_NOT_ASSIGNED");
        ResponseEntity<String> bad = http.withBasicAuth(SUPERVISOR, "demo")
                .getForEntity("/api/dashboard?unit=99&service=pengaduan&weeks=0", String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(bad.getBody()).get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("unit", "service", "weeks");

        // Caseworkers and the front office get 403, on the API, the CSV and the page.
        for (String path : List.of("/api/dashboard", "/api/dashboard/breached", "/api/dashboard/figures.csv",
                "/app/dashboard", "/app/dashboard/breached.csv")) {
            assertThat(http.withBasicAuth(CASEWORKER, "demo").getForEntity(path, String.class).getStatusCode())
                    .as(path).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(http.withBasicAuth("operator", "demo").getForEntity(path, String.class).getStatusCode())
                    .as(path).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(http.getForEntity("/api/dashboard", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void csvOfTheFiguresAndOfTheBreachedList() {
        ResponseEntity<byte[]> figures = http.withBasicAuth(SUPERVISOR, "demo").getForEntity("/api/dashboard/figures.csv", byte[].class);
        assertThat(figures.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(figures.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(figures.getHeaders().getContentDisposition().getFilename()).isEqualTo("dasbor-semua-unit-2026-12-02.csv");
        String csv = new String(figures.getBody(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFbagian,kode,nama,kasus_terbuka,berisiko,lewat_tenggat,selesai,"
                + "selesai_tepat_waktu,persen_tepat_waktu,median_jam_selesai");
        assertThat(lines.get(1)).isEqualTo("total,,Semua kasus,7,1,3,4,2,50.0,39.0");
        assertThat(lines).contains("unit,3374,Kota Semarang,4,1,2,3,1,33.3,48.0");
        assertThat(lines).contains("petugas,peksosdash,Dewi Lestari (peksosdash),3,0,1,2,1,50.0,60.0");
        assertThat(lines).contains("minggu,2026-W49,2026-11-30 s.d. 2026-12-06,,,,2,1,50.0,");
        assertThat(lines).hasSize(1 + 1 + 3 + 2 + 3 + 12);

        ResponseEntity<byte[]> breached = http.withBasicAuth(SUPERVISOR, "demo").getForEntity("/app/dashboard/breached.csv", byte[].class);
        assertThat(breached.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> rows = new String(breached.getBody(), StandardCharsets.UTF_8).lines().toList();
        assertThat(rows.get(0)).isEqualTo("\uFEFFnomor_registrasi,layanan,unit,status,tahap,petugas,tenggat,jam_terlambat,"
                + "tautan_tasklist,tautan_cockpit");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).startsWith("SLRT-3374-2026-000004,Pengaduan,3374 Kota Semarang,Sedang ditangani,"
                + "Tangani pengaduan dan siapkan jawaban,,2026-11-30T08:00:00+07:00,50,"
                + "/camunda/app/tasklist/default/#/?task=dash-A6,");
        assertThat(String.join("\n", rows)).doesNotContain("SLRT-3376");
    }

    @Test
    void thePageShowsTheFiguresTheChartAndTheLinks() {
        ResponseEntity<String> page = http.withBasicAuth(SUPERVISOR, "demo").getForEntity("/app/dashboard", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        String html = page.getBody();
        assertThat(html).contains("data-figure=\"open\" data-value=\"7\"")
                .contains("data-figure=\"breached\" data-value=\"3\"")
                .contains("Dasbor Supervisor")
                .contains("Lewat tenggat")
                .contains("href=\"/camunda/app/tasklist/default/#/?task=dash-A6\"")
                .contains("href=\"/camunda/app/cockpit/default/#/process-instance/pi-SLRT-3374-2026-000004\"")
                .contains("href=\"/app/cases/SLRT-3374-2026-000004\"")
                .contains("Dewi Lestari (peksosdash)")
                .contains("39,0 jam") // the median
                .doesNotContain("SLRT-3376");
        assertThat(html.split("<rect", -1)).as("one bar per week").hasSize(13);

        ResponseEntity<String> invalid = http.withBasicAuth(SUPERVISOR, "demo").getForEntity("/app/dashboard?unit=3376", String.class);
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.getBody()).contains("Anda tidak terdaftar sebagai petugas wilayah 3376");
    }

    /** Compares a figure row with counts made directly over the supervisor's regencies. */
    private void assertRow(JsonNode row, String condition, String value, String what) {
        String extra = condition == null ? "" : " and " + condition;
        List<Object> params = new ArrayList<>(List.of((Object) MINE));
        if (value != null) {
            params.add(value);
        }
        long open = independentCount("select count(*) from slrt.case_file c where c.closed_at is null and c.region_code = any (?)" + extra,
                params.toArray());
        List<Object> withNow = new ArrayList<>(List.of(NOW));
        withNow.addAll(params);
        long breached = independentCount("""
                select count(*) from slrt.case_file c
                 where exists (select 1 from slrt.sla_clock k where k.case_id = c.id and k.completed_at is null and k.due_at <= ?)
                   and c.closed_at is null and c.region_code = any (?)""" + extra, withNow.toArray());
        withNow.add(0, NOW);
        long atRisk = independentCount("""
                select count(*) from slrt.case_file c
                 where exists (select 1 from slrt.sla_clock k where k.case_id = c.id and k.completed_at is null and k.at_risk_at is not null)
                   and not exists (select 1 from slrt.sla_clock k where k.case_id = c.id and k.completed_at is null and k.due_at <= ?)
                   and exists (select 1 from slrt.sla_clock k where k.case_id = c.id and k.completed_at is null and k.due_at > ?)
                   and c.closed_at is null and c.region_code = any (?)""" + extra, withNow.toArray());
        List<Object> window = new ArrayList<>(List.of(OffsetDateTime.of(2026, 9, 14, 0, 0, 0, 0, WIB),
                OffsetDateTime.of(2026, 12, 7, 0, 0, 0, 0, WIB)));
        window.addAll(params);
        String closedCases = "from slrt.case_file c where c.closed_at >= ? and c.closed_at < ? and c.region_code = any (?)" + extra;
        long closed = independentCount("select count(*) " + closedCases, window.toArray());
        long late = independentCount("select count(*) " + closedCases + " " + """
                 and exists (select 1 from slrt.sla_clock k where k.case_id = c.id
                   and (k.breached_at is not null or k.completed_at > k.due_at or (k.completed_at is null and k.due_at < c.closed_at)))""",
                window.toArray());
        List<Double> durations = jdbc.sql("select extract(epoch from c.closed_at - c.opened_at) / 3600 " + closedCases
                + " order by 1").params(window).query(Double.class).list();

        assertThat(row.get("open").asLong()).as(what + " open").isEqualTo(open);
        assertThat(row.get("breached").asLong()).as(what + " breached").isEqualTo(breached);
        assertThat(row.get("atRisk").asLong()).as(what + " at risk").isEqualTo(atRisk);
        assertThat(row.get("closed").asLong()).as(what + " closed").isEqualTo(closed);
        assertThat(row.get("closedOnTime").asLong()).as(what + " on time").isEqualTo(closed - late);
        if (durations.isEmpty()) {
            assertThat(row.has("medianHoursToClose")).as(what + " median").isFalse();
            assertThat(row.has("onTimePercent")).isFalse();
        } else {
            int n = durations.size();
            double median = n % 2 == 1 ? durations.get(n / 2) : (durations.get(n / 2 - 1) + durations.get(n / 2)) / 2;
            assertThat(row.get("medianHoursToClose").decimalValue()).as(what + " median")
                    .isEqualByComparingTo(BigDecimal.valueOf(median).setScale(1, RoundingMode.HALF_UP));
            assertThat(row.get("onTimePercent").decimalValue()).as(what + " percent").isEqualByComparingTo(
                    BigDecimal.valueOf((closed - late) * 100.0 / closed).setScale(1, RoundingMode.HALF_UP));
        }
    }

    private long independentCount(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private JsonNode api(String user, String path) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private void user(String id, String first, String last, String group) {
        for (String regency : MINE) {
            String tenant = RegionTenants.tenantOf(regency);
            if (identity.createTenantQuery().tenantId(tenant).count() == 0) {
                Tenant t = identity.newTenant(tenant);
                t.setName(regency);
                identity.saveTenant(t);
            }
        }
        if (identity.createTenantQuery().tenantId(RegionTenants.tenantOf(TEGAL)).count() == 0) {
            identity.saveTenant(identity.newTenant(RegionTenants.tenantOf(TEGAL)));
        }
        if (identity.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identity.newUser(id);
        user.setFirstName(first);
        user.setLastName(last);
        user.setPassword("demo");
        identity.saveUser(user);
        identity.createMembership(id, group);
        for (String regency : MINE) {
            identity.createTenantUserMembership(RegionTenants.tenantOf(regency), id);
        }
    }

    private static OffsetDateTime hours(long offset) {
        return NOW.plusHours(offset);
    }

    private long open(String region, int sequence, String service, String assignee, OffsetDateTime opened) {
        return insert(region, sequence, service, assignee, opened, null, null);
    }

    private long closed(String region, int sequence, String service, String assignee, OffsetDateTime opened,
                        OffsetDateTime closedAt, String outcome) {
        return insert(region, sequence, service, assignee, opened, closedAt, outcome);
    }

    private long insert(String region, int sequence, String service, String assignee, OffsetDateTime opened,
                        OffsetDateTime closedAt, String outcome) {
        String number = String.format("SLRT-%s-2026-%06d", region, sequence);
        jdbc.sql("""
                        insert into slrt.case_file (registration_number, service_type, process_key, channel, region_code,
                                                    status, opened_at, closed_at, outcome, current_assignee,
                                                    process_instance_id, description, updated_at)
                        values (?, ?, 'test-process', 'WALK_IN', ?, ?, ?, ?, ?, ?, ?, 'Kasus uji dasbor', ?)""")
                .params(number, service, region, closedAt == null ? "IN_PROGRESS" : "CLOSED", opened, closedAt, outcome,
                        assignee, "pi-" + number, NOW)
                .update();
        return jdbc.sql("select id from slrt.case_file where registration_number = ?").param(number).query(Long.class).single();
    }

    private void clock(long caseId, String task, String step, OffsetDateTime started, OffsetDateTime due,
                       OffsetDateTime atRisk, OffsetDateTime breached, OffsetDateTime completed) {
        jdbc.sql("""
                        insert into slrt.sla_clock (case_id, task_id, task_key, step_name, started_at, due_at, at_risk_at,
                                                    breached_at, completed_at)
                        values (?, ?, 'TestTask', ?, ?, ?, ?, ?, ?)""")
                .params(caseId, "dash-" + task, step, started, due, atRisk, breached, completed)
                .update();
    }
}
