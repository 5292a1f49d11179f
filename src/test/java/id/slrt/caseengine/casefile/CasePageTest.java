package id.slrt.caseengine.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.intake.Sex;
import id.slrt.caseengine.security.DemoUsers;
import id.slrt.caseengine.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The staff case page: what the JSON case view shows, as a page, escaped; a closed case reads as closed. */
@IntegrationTest
class CasePageTest {

    static final String SCRIPT = "<script>alert('kasus')</script>";

    @Autowired
    IntakeService intake;
    @Autowired
    TaskService tasks;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @Test
    void anOpenCaseThenTheSameCaseClosed() {
        String number = intake.open(new CaseIntakeRequest("COMPLAINT", Channel.WALK_IN, "3516",
                new CaseIntakeRequest.Subject("3516015203850001", "3516011503200001", "Sri <b>Wahyuni</b>",
                        LocalDate.of(1985, 3, 12), Sex.F, "Jl. RA Basuni 8 & Gg. Mawar, Sooko"),
                new CaseIntakeRequest.Reporter("Pak Slamet", "+6281234500077"),
                "Bantuan PKH belum cair " + SCRIPT), "operator").registrationNumber();

        String open = page("peksos", number);
        assertThat(open).contains("<h1>" + number + "</h1>")
                .contains("Sedang diverifikasi oleh petugas Dinas Sosial")
                .contains("Pengaduan")
                .contains("Kabupaten Mojokerto, Jawa Timur")
                .contains("Datang langsung")
                .contains("Triase pengaduan")
                .contains("Kasus didaftarkan").contains("Tahap dimulai")
                .contains("href=\"/camunda/app/tasklist/default/#/?task=")
                .doesNotContain("Ditutup ")
                // Stored text is escaped everywhere.
                .contains("Bantuan PKH belum cair &lt;script&gt;alert(&#39;kasus&#39;)&lt;/script&gt;")
                .contains("Sri &lt;b&gt;Wahyuni&lt;/b&gt;")
                .contains("Jl. RA Basuni 8 &amp; Gg. Mawar, Sooko")
                .doesNotContain(SCRIPT).doesNotContain("<b>Wahyuni");
        // Personal data as the JSON case view has it, for this role.
        assertThat(open).contains("3516015203850001", "3516011503200001", "Pak Slamet", "+6281234500077",
                "12 Maret 1985", "Perempuan");

        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
        tasks.complete(taskId, Map.of("triageDecision", "OUT_OF_SCOPE", "category", "SOCIAL_PROTECTION",
                "priority", "NORMAL", "triageNote", "Diurus kantor BPJS Kesehatan"));

        String closed = page("peksos", number);
        assertThat(closed).contains("class=\"status-badge closed\"")
                .contains(">Selesai</span>")
                .contains("id=\"closed-note\">Ditutup ")
                .contains("Di luar kewenangan Dinas Sosial (OUT_OF_SCOPE)")
                .contains("Kasus ditutup")
                .contains("Tidak ada tugas terbuka.");
    }

    @Test
    void theReporterOfAMisuseReportStaysHiddenFromAllButSupervisors() throws Exception {
        String number = intake.open(new CaseIntakeRequest("COMPLAINT", Channel.WALK_IN, "3516",
                new CaseIntakeRequest.Subject(null, null, "Warga RT 3", null, null, null),
                new CaseIntakeRequest.Reporter("Ibu Pelapor Rahasia", "+6281234500088"),
                "Potongan BPNT oleh oknum pendamping", "AID_MISUSE"), "operator").registrationNumber();
        for (String user : List.of("peksos", "operator", "opd")) {
            String page = page(user, number);
            JsonNode view = json.readTree(http.withBasicAuth(user, "demo").getForEntity("/api/cases/" + number, String.class).getBody());
            assertThat(view.has("reporter")).isFalse();
            assertThat(page).as(user).doesNotContain("Ibu Pelapor Rahasia", "6281234500088")
                    .contains("Identitas pelapor dirahasiakan");
        }
        assertThat(page("supervisor", number)).contains("Ibu Pelapor Rahasia", "+6281234500088");
    }

    @Test
    void otherRegenciesUnknownCasesAndOtherRolesGetNothing() {
        String surabaya = intake.open(new CaseIntakeRequest("COMPLAINT", Channel.WALK_IN, DemoUsers.OTHER_OFFICE_REGENCY,
                new CaseIntakeRequest.Subject(null, null, "Warga Surabaya", null, null, null),
                new CaseIntakeRequest.Reporter("Warga Surabaya", null), "Bantuan"), "admin").registrationNumber();
        ResponseEntity<String> hidden = http.withBasicAuth("supervisor", "demo").getForEntity("/app/cases/" + surabaya, String.class);
        assertThat(hidden.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(hidden.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(hidden.getBody()).contains("Kasus tidak ditemukan").doesNotContain("Warga Surabaya");

        assertThat(http.withBasicAuth("peksos", "demo").getForEntity("/app/cases/SLRT-3516-2026-999999", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth("analis", "demo").getForEntity("/app/cases/" + surabaya, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // Without a session or credentials the browser is sent to the login (the test client follows the redirect).
        ResponseEntity<String> anonymous = http.getForEntity("/app/cases/" + surabaya, String.class);
        assertThat(anonymous.getBody()).doesNotContain("Berkas kasus SLRT", surabaya, "Warga Surabaya")
                .containsIgnoringCase("tasklist");
        assertThat(http.withBasicAuth("admin", "demo").getForEntity("/app/cases/" + surabaya, String.class).getBody())
                .contains("Warga Surabaya");
    }

    private String page(String user, String number) {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity("/app/cases/" + number, String.class);
        assertThat(response.getStatusCode()).as(user + " " + number).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        return response.getBody();
    }
}
