package id.slrt.caseengine.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The IKM report over a known data set in Kota Malang (3573), third quarter of 2019: 60 complaint answers
 * whose element sums are the hand-worked 89.21 set of {@link IkmCalculatorTest}, 70 complaints closed
 * (Krejcie-Morgan minimum 59), plus 5 answers scoring 1 everywhere for another service and one closed case in
 * Kota Blitar (3572) that nobody answered for.
 */
@IntegrationTest
class IkmReportTest {

    static final ZoneOffset WIB = ZoneOffset.ofHours(7);
    static final String UNIT = "3573";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void dataSet() {
        if (jdbc.sql("select count(*) from slrt.case_file where registration_number like 'SLRT-3573-2019-%'")
                .query(Long.class).single() > 0) {
            return;
        }
        // People served: 23 complaints closed in July, 23 in August, 24 in September; the last one at 23:30 WIB
        // on 30 September (16:30 UTC, still Q3); one more at 00:30 WIB on 1 October (17:30 UTC on 30 September), Q4.
        int number = 1;
        for (int i = 0; i < 70; i++) {
            int month = i < 23 ? 7 : i < 46 ? 8 : 9;
            OffsetDateTime closed = i == 69 ? OffsetDateTime.of(2019, 9, 30, 23, 30, 0, 0, WIB)
                    : OffsetDateTime.of(2019, month, 1 + i % 23, 10, 0, 0, 0, WIB);
            closedCase(UNIT, number++, "COMPLAINT", closed);
        }
        closedCase(UNIT, number++, "COMPLAINT", OffsetDateTime.of(2019, 10, 1, 0, 30, 0, 0, WIB));
        for (int i = 0; i < 5; i++) {
            closedCase(UNIT, number++, "PUSKESOS_APPLICATION", OffsetDateTime.of(2019, 8, 5, 9, 0, 0, 0, WIB));
        }
        closedCase("3572", 1, "COMPLAINT", OffsetDateTime.of(2019, 9, 2, 9, 0, 0, 0, WIB));

        long[] fours = {36, 34, 25, 60, 32, 38, 46, 10, 26}; // 180 + fours = the sums 216, 214, 205, 240, ...
        AgeGroup[] ages = AgeGroup.values();
        Education[] educations = Education.values();
        Occupation[] occupations = Occupation.values();
        for (int i = 0; i < 60; i++) {
            List<Object> values = new ArrayList<>(List.of(UNIT, "COMPLAINT", LocalDate.of(2019, 7 + i / 20, 1 + i % 20),
                    LocalDate.of(2019, 7 + i / 20, 2 + i % 20)));
            for (long f : fours) {
                values.add(i < f ? 4 : 3);
            }
            values.add(ages[i % ages.length].name());
            values.add(i % 10 == 9 ? null : i % 2 == 0 ? "F" : "M");
            values.add(educations[i % educations.length].name());
            values.add(occupations[i % occupations.length].name());
            values.add(i == 0 ? "<script>alert('ikm')</script> Antrean lama" : i == 1 ? "Ruang tunggu panas, perlu kipas" : null);
            response(values);
        }
        for (int i = 0; i < 5; i++) {
            List<Object> values = new ArrayList<>(List.of(UNIT, "PUSKESOS_APPLICATION", LocalDate.of(2019, 8, 5),
                    LocalDate.of(2019, 8, 6)));
            for (int e = 0; e < 9; e++) {
                values.add(1);
            }
            values.add(null);
            values.add(null);
            values.add(null);
            values.add(null);
            values.add(null);
            response(values);
        }
    }

    @Test
    void theQuarterlyIndexOfOneUnitAndServiceIsTheHandWorked89_21() throws Exception {
        JsonNode report = api("/api/survey/ikm?period=2019-Q3&unit=3573&service=COMPLAINT");

        assertThat(report.get("ikm").decimalValue()).isEqualByComparingTo("89.21");
        assertThat(report.get("band").asText()).isEqualTo("A");
        assertThat(report.get("bandLabel").asText()).isEqualTo("Sangat baik");
        assertThat(report.get("respondents").asLong()).isEqualTo(60);
        assertThat(report.get("peopleServed").asLong()).isEqualTo(70);
        assertThat(report.get("requiredSample").asLong()).isEqualTo(59);
        assertThat(report.get("sampleSufficient").asBoolean()).isTrue();
        assertThat(report.get("unitName").asText()).isEqualTo("Kota Malang");
        assertThat(report.get("serviceName").asText()).isEqualTo("Pengaduan");
        assertThat(report.get("periodLabel").asText()).isEqualTo("Triwulan III 2019");
        assertThat(report.get("firstDay").asText()).isEqualTo("2019-07-01");
        assertThat(report.get("lastDay").asText()).isEqualTo("2019-09-30");
        JsonNode u1 = report.get("elements").get(0);
        assertThat(u1.get("code").asText()).isEqualTo("U1");
        assertThat(u1.get("title").asText()).isEqualTo("Persyaratan");
        assertThat(u1.get("nrr").decimalValue()).isEqualByComparingTo("3.6000");
        assertThat(u1.get("weightedNrr").decimalValue()).isEqualByComparingTo("0.4000");
        assertThat(report.get("elements").get(7).get("nrr").decimalValue()).isEqualByComparingTo("3.1667");

        JsonNode sex = report.get("profile").get(1);
        assertThat(sex.get("title").asText()).isEqualTo("Jenis kelamin");
        assertThat(sex.get("counts").toString())
                .contains("\"code\":\"F\",\"label\":\"Perempuan\",\"count\":30,\"percent\":50.0")
                .contains("\"code\":\"M\",\"label\":\"Laki-laki\",\"count\":24,\"percent\":40.0")
                .contains("\"label\":\"Tidak diisi\",\"count\":6,\"percent\":10.0");
        assertThat(report.get("suggestions")).hasSize(2);
    }

    @Test
    void allServicesOfTheUnitTogether() throws Exception {
        // 65 answers, scores total 1927 + 5 x 9 = 1972: IKM = 25 x 1972 / (9 x 65) = 84.2735 -> 84.27, band B.
        JsonNode report = api("/api/survey/ikm?period=2019-Q3&unit=3573");
        assertThat(report.get("ikm").decimalValue()).isEqualByComparingTo("84.27");
        assertThat(report.get("band").asText()).isEqualTo("B");
        assertThat(report.get("respondents").asLong()).isEqualTo(65);
        assertThat(report.get("peopleServed").asLong()).isEqualTo(75);
        assertThat(report.get("requiredSample").asLong()).isEqualTo(63);
        assertThat(report.get("serviceName").asText()).isEqualTo("Semua layanan");
    }

    @Test
    void aMonthWithTooFewAnswersIsFlagged() throws Exception {
        JsonNode july = api("/api/survey/ikm?period=2019-07&unit=3573&service=COMPLAINT");
        assertThat(july.get("respondents").asLong()).isEqualTo(20);
        assertThat(july.get("peopleServed").asLong()).isEqualTo(23);
        assertThat(july.get("requiredSample").asLong()).isEqualTo(22);
        assertThat(july.get("sampleSufficient").asBoolean()).isFalse();
        assertThat(july.get("periodLabel").asText()).isEqualTo("Juli 2019");

        JsonNode fourthQuarter = api("/api/survey/ikm?period=2019-Q4&unit=3573");
        assertThat(fourthQuarter.get("peopleServed").asLong()).isEqualTo(1);
        assertThat(fourthQuarter.get("respondents").asLong()).isZero();
        assertThat(fourthQuarter.has("ikm")).isFalse();
        assertThat(fourthQuarter.get("sampleSufficient").asBoolean()).isFalse();
    }

    @Test
    void breakdownsPerUnitAndPerService() throws Exception {
        JsonNode units = api("/api/survey/ikm/breakdown?period=2019-Q3&by=UNIT");
        assertThat(units).hasSize(2);
        assertThat(units.get(0).get("code").asText()).isEqualTo("3572");
        assertThat(units.get(0).get("peopleServed").asLong()).isEqualTo(1);
        assertThat(units.get(0).get("respondents").asLong()).isZero();
        assertThat(units.get(0).has("ikm")).isFalse();
        assertThat(units.get(1).get("name").asText()).isEqualTo("Kota Malang");
        assertThat(units.get(1).get("ikm").decimalValue()).isEqualByComparingTo("84.27");

        JsonNode services = api("/api/survey/ikm/breakdown?period=2019-Q3&unit=3573&by=service");
        assertThat(services).hasSize(2);
        assertThat(services.get(0).get("code").asText()).isEqualTo("COMPLAINT");
        assertThat(services.get(0).get("ikm").decimalValue()).isEqualByComparingTo("89.21");
        assertThat(services.get(1).get("code").asText()).isEqualTo("PUSKESOS_APPLICATION");
        assertThat(services.get(1).get("ikm").decimalValue()).isEqualByComparingTo("25.00");
        assertThat(services.get(1).get("band").asText()).isEqualTo("D");
    }

    @Test
    void theTrendEndsWithTheChosenPeriod() throws Exception {
        JsonNode trend = api("/api/survey/ikm/trend?period=2019-Q3&unit=3573&count=4");
        assertThat(StreamSupport.stream(trend.spliterator(), false).map(p -> p.get("period").asText()))
                .containsExactly("2018-Q4", "2019-Q1", "2019-Q2", "2019-Q3");
        assertThat(trend.get(0).has("ikm")).isFalse();
        assertThat(trend.get(3).get("ikm").decimalValue()).isEqualByComparingTo("84.27");

        JsonNode months = api("/api/survey/ikm/trend?period=2019-09&unit=3573&service=COMPLAINT");
        assertThat(months).hasSize(12);
        assertThat(months.get(11).get("label").asText()).isEqualTo("Sep 2019");
    }

    @Test
    void badParametersAreNamedAndOnlySupervisorsSeeTheFigures() throws Exception {
        ResponseEntity<String> bad = http.withBasicAuth("supervisor", "demo")
                .getForEntity("/api/survey/ikm?period=2019-Q5&unit=9999&service=pengaduan", String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(bad.getBody());
        assertThat(StreamSupport.stream(problem.get("errors").spliterator(), false).map(e -> e.get("field").asText()))
                .containsExactly("period", "unit", "service");
        assertThat(http.withBasicAuth("supervisor", "demo")
                .getForEntity("/api/survey/ikm/breakdown?by=REGION", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.withBasicAuth("supervisor", "demo")
                .getForEntity("/api/survey/ikm/trend?count=99", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        for (String user : List.of("operator", "peksos", "analis", "opd")) {
            assertThat(http.withBasicAuth(user, "demo").getForEntity("/api/survey/ikm", String.class).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(http.withBasicAuth(user, "demo").getForEntity("/app/survey/ikm", String.class).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(http.getForEntity("/api/survey/ikm", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("admin", "demo").getForEntity("/api/survey/ikm", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void theCsvExportHasTheElementsTheIndexAndTheProfile() {
        ResponseEntity<byte[]> csv = http.withBasicAuth("supervisor", "demo")
                .getForEntity("/api/survey/ikm/export.csv?period=2019-Q3&unit=3573&service=COMPLAINT", byte[].class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("ikm-3573-complaint-2019-Q3.csv");
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFbagian,kode,uraian,nilai,tambahan,mutu\r\n");
        assertThat(text).contains("laporan,unit,Unit layanan,3573 Kota Malang,,\r\n",
                "unsur,U1,Persyaratan,3.6000,0.4000,A\r\n",
                "unsur,U8,Sarana dan Prasarana,3.1667,0.3519,B\r\n",
                "unsur,U2,\"Sistem, Mekanisme, dan Prosedur\",3.5667,0.3963,A\r\n",
                "hasil,ikm,Indeks Kepuasan Masyarakat,89.21,,A\r\n",
                "hasil,sampel_minimal,Sampel minimal (Krejcie-Morgan),59,,\r\n",
                "profil_sex,F,Jenis kelamin: Perempuan,30,50.0,\r\n",
                "\"Ruang tunggu panas, perlu kipas\"");

        ResponseEntity<byte[]> page = http.withBasicAuth("supervisor", "demo")
                .getForEntity("/app/survey/ikm/export.csv?period=2019-Q3&unit=3573&service=COMPLAINT", byte[].class);
        assertThat(page.getBody()).isEqualTo(csv.getBody());
    }

    @Test
    void theReportPageShowsThePublishedLayoutChartsAndEscapedSuggestions() {
        ResponseEntity<String> page = http.withBasicAuth("supervisor", "demo")
                .getForEntity("/app/survey/ikm?period=2019-Q3&unit=3573&service=COMPLAINT", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        String html = page.getBody();
        assertThat(html).contains("Laporan Hasil Survei Kepuasan Masyarakat", "Dinas Sosial Kota Malang (3573)",
                "Triwulan III 2019", ">89,21<", "Kinerja: Sangat baik", "Sistem, Mekanisme, dan Prosedur", ">3,60<",
                ">0,400<", "memenuhi", "<svg", "<polyline", "Profil responden", "Perempuan", "50,0 %",
                "IKM per layanan");
        assertThat(html).contains("&lt;script&gt;alert(&#39;ikm&#39;)&lt;/script&gt; Antrean lama")
                .doesNotContain("<script>alert");
        // Nine bars, one per element.
        assertThat(html.split("<rect ", -1)).hasSize(10);

        ResponseEntity<String> invalid = http.withBasicAuth("supervisor", "demo")
                .getForEntity("/app/survey/ikm?period=kemarin", String.class);
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.getBody()).contains("Pilihan laporan tidak valid", "periode &#39;kemarin&#39; tidak valid");
    }

    /** Single sign-on: the Tasklist login session opens the report page (the browser path supervisors use). */
    @Test
    void aSupervisorLoggedInToTasklistOpensTheReportWithoutAnotherLogin() {
        ResponseEntity<String> tasklist = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        Map<String, String> cookies = new HashMap<>(cookies(tasklist));
        assertThat(cookies).containsKey("XSRF-TOKEN");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, cookieHeader(cookies));
        headers.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        ResponseEntity<String> login = http.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
                HttpMethod.POST, new HttpEntity<>("username=supervisor&password=demo", headers), String.class);
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        cookies.putAll(cookies(login));

        HttpHeaders session = new HttpHeaders();
        session.add(HttpHeaders.COOKIE, cookieHeader(cookies));
        ResponseEntity<String> report = http.exchange("/app/survey/ikm?period=2019-Q3&unit=3573", HttpMethod.GET,
                new HttpEntity<>(session), String.class);
        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(report.getBody()).contains("Laporan Hasil Survei Kepuasan Masyarakat", ">84,27<");
    }

    private static Map<String, String> cookies(ResponseEntity<?> response) {
        Map<String, String> cookies = new HashMap<>();
        for (String header : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
            String[] pair = header.split(";")[0].split("=", 2);
            cookies.put(pair[0], pair[1]);
        }
        return cookies;
    }

    private static String cookieHeader(Map<String, String> cookies) {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .reduce((a, b) -> a + "; " + b).orElse("");
    }

    @Test
    void theEndpointsAreInTheOpenApiDocument() throws Exception {
        JsonNode paths = json.readTree(http.getForEntity("/v3/api-docs", String.class).getBody()).get("paths");
        assertThat(paths.has("/api/survey/ikm")).isTrue();
        assertThat(paths.has("/api/survey/ikm/breakdown")).isTrue();
        assertThat(paths.has("/api/survey/ikm/trend")).isTrue();
        assertThat(paths.has("/api/survey/ikm/export.csv")).isTrue();
        assertThat(paths.has("/api/cases/{registrationNumber}/survey-invitation")).isTrue();
        assertThat(paths.has("/api/cases/{registrationNumber}/survey-invitation/printed-code")).isTrue();
        assertThat(paths.get("/api/survey/ikm").get("get").get("summary").asText()).contains("IKM");
    }

    private JsonNode api(String path) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth("supervisor", "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private void closedCase(String region, int number, String service, OffsetDateTime closedAt) {
        jdbc.sql("""
                        insert into slrt.case_file (registration_number, service_type, process_key, channel, region_code,
                                                    status, opened_at, closed_at, outcome, updated_at)
                        values (?, ?, 'complaint-handling', 'WALK_IN', ?, 'CLOSED', ?, ?, 'RESOLVED', ?)""")
                .params("SLRT-%s-2019-%06d".formatted(region, number), service, region, closedAt.minusDays(2),
                        closedAt, closedAt)
                .update();
    }

    private void response(List<Object> values) {
        jdbc.sql("""
                        insert into slrt.survey_response (region_code, service_type, served_on, answered_on,
                            u1, u2, u3, u4, u5, u6, u7, u8, u9, age_group, sex, education, occupation, comment)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(values).update();
    }
}
