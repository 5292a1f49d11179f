package id.slrt.caseengine.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.intake.Sex;
import id.slrt.caseengine.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The monthly PPKS report: its figures equal a count made independently from the raw case rows. */
@IntegrationTest
class PpksReportTest {

    static final OffsetDateTime SEPTEMBER = OffsetDateTime.of(2026, 9, 15, 10, 0, 0, 0, ZoneOffset.ofHours(7));

    @Autowired
    IntakeService intake;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    id.slrt.caseengine.platform.Encryption encryption;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theMonthlyFiguresEqualAnIndependentCountOfTheCasesOpenedThatMonth() throws Exception {
        ClockUtil.setCurrentTime(Date.from(SEPTEMBER.toInstant()));
        open("PIP_KIP_RECOMMENDATION", "3516015203850001", "3516011503200001", LocalDate.of(1985, 3, 12), Sex.F, null);
        open("NEGLECTED_ELDERLY", "3516011203500001", null, LocalDate.of(1950, 3, 12), Sex.M, null);
        open("NEGLECTED_ELDERLY", "3516011203500002", null, LocalDate.of(1950, 3, 12), Sex.M, null);
        open("COMPLAINT", null, null, null, null, List.of("FAKIR_MISKIN", "PEREMPUAN_RAWAN_SOSEK"));
        ClockUtil.setCurrentTime(Date.from(SEPTEMBER.plusMonths(1).toInstant()));
        open("COMPLAINT", null, null, null, null, List.of("FAKIR_MISKIN"));
        ClockUtil.reset();

        JsonNode report = json.readTree(get("/api/reports/ppks?month=2026-09").getBody());
        Map<String, Long> reported = new HashMap<>();
        for (JsonNode row : report.get("rows")) {
            reported.merge(String.join("|", row.get("ppksCode").asText(), row.get("districtName").asText(),
                    row.get("sex").asText(), row.get("ageGroup").asText()), row.get("cases").asLong(), Long::sum);
        }
        assertThat(reported).isEqualTo(independentCount(2026, 9));
        assertThat(reported).containsEntry("LANJUT_USIA_TERLANTAR|Jatirejo|Laki-laki|60 tahun ke atas", 2L)
                .containsEntry("FAKIR_MISKIN|Jatirejo|Perempuan|18-59 tahun", 1L)
                .containsEntry("PEREMPUAN_RAWAN_SOSEK|Tidak diketahui|Tidak diketahui|Tidak diketahui", 1L);
        assertThat(report.get("total").asLong()).isEqualTo(jdbc.sql("""
                select count(*) from slrt.case_ppks p join slrt.case_file c on c.id = p.case_id
                 where c.opened_at >= timestamptz '2026-09-01 00:00+07' and c.opened_at < timestamptz '2026-10-01 00:00+07'""")
                .query(Long.class).single());

        ResponseEntity<byte[]> csv = http.withBasicAuth("supervisor", "demo")
                .getForEntity("/api/reports/ppks.csv?month=2026-09", byte[].class);
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFno_ppks,kode_ppks,jenis_ppks,kode_kecamatan,kecamatan,jenis_kelamin,"
                + "kelompok_umur,jumlah_kasus\r\n").contains("8,LANJUT_USIA_TERLANTAR,Lanjut usia terlantar,351601,"
                + "Jatirejo,Laki-laki,60 tahun ke atas,2\r\n");
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("laporan-ppks-2026-09.csv");

        ResponseEntity<byte[]> xlsx = http.withBasicAuth("supervisor", "demo")
                .getForEntity("/api/reports/ppks.xlsx?month=2026-09", byte[].class);
        String sheet = entry(xlsx.getBody(), "xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("<t>Lanjut usia terlantar</t>").contains("<t>60 tahun ke atas</t>");
        assertThat(sheet.split("<row ").length - 1).isEqualTo(report.get("rows").size() + 1);

        assertThat(get("/api/reports/ppks?month=September").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.withBasicAuth("peksos", "demo").getForEntity("/api/reports/ppks", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    /** Counted in Java from the raw rows: type, kecamatan by the NIK's first six digits, sex, age at opening. */
    private Map<String, Long> independentCount(int year, int month) {
        ZoneId office = ZoneId.of("Asia/Jakarta");
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("""
                select p.ppks_code, s.nik, s.sex, s.birth_date, c.opened_at,
                       null
                  from slrt.case_ppks p join slrt.case_file c on c.id = p.case_id
                  left join slrt.case_person s on s.id = c.subject_person_id""")
                .query((rs, n) -> {
                    OffsetDateTime opened = rs.getObject(5, OffsetDateTime.class);
                    LocalDate day = opened.atZoneSameInstant(office).toLocalDate();
                    if (day.getYear() != year || day.getMonthValue() != month) {
                        return null;
                    }
                    String nik = encryption.openText(rs.getString(2));
                    String sex = rs.getString(3) != null ? rs.getString(3)
                            : nik == null ? null : Integer.parseInt(nik.substring(6, 8)) > 40 ? "F" : "M";
                    String sealedBirth = encryption.openText(rs.getString(4));
                    LocalDate born = sealedBirth == null ? null : LocalDate.parse(sealedBirth);
                    String age = "Tidak diketahui";
                    if (born != null) {
                        int years = Period.between(born, day).getYears();
                        age = years < 5 ? "0-4 tahun" : years < 18 ? "5-17 tahun" : years < 60 ? "18-59 tahun"
                                : "60 tahun ke atas";
                    }
                    String district = nik == null ? null : jdbc.sql("select name from slrt.region where code = ?")
                            .param(nik.substring(0, 6)).query(String.class).optional().orElse(null);
                    String key = String.join("|", rs.getString(1), district == null ? "Tidak diketahui"
                            : district, sex == null ? "Tidak diketahui" : "F".equals(sex) ? "Perempuan"
                            : "Laki-laki", age);
                    counts.merge(key, 1L, Long::sum);
                    return key;
                }).list();
        return counts;
    }

    private void open(String service, String nik, String kk, LocalDate born, Sex sex, List<String> ppks) {
        intake.open(new CaseIntakeRequest(service, Channel.WALK_IN, "3516",
                new CaseIntakeRequest.Subject(nik, kk, "Warga", born, sex, "Desa Jatirejo"),
                new CaseIntakeRequest.Reporter("Pelapor", "+6281234500001"), "Laporan warga", null, ppks), "operator");
    }

    private ResponseEntity<String> get(String path) {
        return http.withBasicAuth("supervisor", "demo").getForEntity(path, String.class);
    }

    private static String entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name + " in the workbook");
    }
}
