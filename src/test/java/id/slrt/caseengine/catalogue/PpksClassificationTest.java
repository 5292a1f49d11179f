package id.slrt.caseengine.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.support.IntegrationTest;
import java.util.List;
import java.util.Map;
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

@IntegrationTest
class PpksClassificationTest {

    @Autowired
    PpksTypes ppks;
    @Autowired
    IntakeService intake;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theTableHoldsThe26TypesOfThePermensosInOrder() {
        List<PpksTypes.PpksType> all = ppks.all();
        assertThat(all).hasSize(26);
        assertThat(all.get(0).label()).isEqualTo("Anak balita terlantar");
        assertThat(all.get(25).label()).isEqualTo("Komunitas adat terpencil");
        assertThat(all).extracting(PpksTypes.PpksType::number).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 26).boxed().toList());
    }

    @Test
    void aCaseCarriesTheTypesChosenAtIntakeOrTheServiceSuggestionAndIsFoundByThem() throws Exception {
        ResponseEntity<String> chosen = post("operator", Map.of("serviceType", "COMPLAINT", "channel", "WALK_IN",
                "regionCode", "3516", "reporter", Map.of("name", "Bu Warsini"), "subject", Map.of("name", "Mbah Karto"),
                "description", "Lansia di rumah sendiri, bantuan tidak sampai",
                "ppksTypes", List.of("LANJUT_USIA_TERLANTAR", "FAKIR_MISKIN")));
        assertThat(chosen.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = json.readTree(chosen.getBody()).get("registrationNumber").asText();
        assertThat(jdbc.sql("""
                select ppks_code || ':' || source from slrt.case_ppks p join slrt.case_file c on c.id = p.case_id
                 where c.registration_number = ? order by ppks_code""").param(number).query(String.class).list())
                .containsExactly("FAKIR_MISKIN:INTAKE", "LANJUT_USIA_TERLANTAR:INTAKE");

        String suggested = intake.open(new CaseIntakeRequest("GEPENG_HANDLING", Channel.WALK_IN, "3516", subject("Tanpa nama"),
                new CaseIntakeRequest.Reporter("Satpol PP", null), "Razia di alun-alun"), "operator").registrationNumber();
        JsonNode view = json.readTree(http.withBasicAuth("peksos", "demo").getForEntity("/api/cases/" + suggested,
                String.class).getBody());
        assertThat(view.get("ppks").findValuesAsText("code")).containsExactly("GELANDANGAN", "PENGEMIS");
        assertThat(view.get("ppks").findValuesAsText("source")).containsOnly("SERVICE");

        JsonNode found = json.readTree(http.withBasicAuth("peksos", "demo")
                .getForEntity("/api/cases?ppks=LANJUT_USIA_TERLANTAR&size=200", String.class).getBody());
        assertThat(found.findValuesAsText("registrationNumber")).contains(number).doesNotContain(suggested);

        String page = http.withBasicAuth("peksos", "demo").getForEntity("/app/cases/" + number, String.class).getBody();
        assertThat(page).contains("Jenis PPKS").contains("Lanjut usia terlantar").contains("Fakir miskin");
    }

    @Test
    void theCaseworkerReclassifiesAtAssessmentAndUnknownTypesAreRefused() throws Exception {
        String number = intake.open(new CaseIntakeRequest("COMPLAINT", Channel.WALK_IN, "3516", subject("Bu Darto"),
                new CaseIntakeRequest.Reporter("Pak Darto", null), "PKH belum cair"), "operator").registrationNumber();

        ResponseEntity<String> unknown = post("operator", Map.of("serviceType", "COMPLAINT", "channel", "WALK_IN",
                "regionCode", "3516", "reporter", Map.of("name", "X"), "subject", Map.of("name", "Z"), "description", "Y",
                "ppksTypes", List.of("ORANG_KAYA")));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(unknown.getBody()).get("errors").findValuesAsText("field")).containsExactly("ppksTypes");
        assertThat(json.readTree(unknown.getBody()).get("errors").findValuesAsText("message").get(0))
                .contains("tidak dikenal");

        ResponseEntity<String> changed = http.withBasicAuth("peksos", "demo").exchange("/api/cases/" + number + "/ppks",
                HttpMethod.PUT, new HttpEntity<>(Map.of("ppksTypes", List.of("KORBAN_NAPZA")), jsonHeaders()), String.class);
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.sql("""
                select ppks_code || ':' || source from slrt.case_ppks p join slrt.case_file c on c.id = p.case_id
                 where c.registration_number = ?""").param(number).query(String.class).list())
                .containsExactly("KORBAN_NAPZA:ASSESSMENT");

        ResponseEntity<String> bad = http.withBasicAuth("peksos", "demo").exchange("/api/cases/" + number + "/ppks",
                HttpMethod.PUT, new HttpEntity<>(Map.of("ppksTypes", List.of()), jsonHeaders()), String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.withBasicAuth("opd", "demo").exchange("/api/cases/" + number + "/ppks", HttpMethod.PUT,
                new HttpEntity<>(Map.of("ppksTypes", List.of("FAKIR_MISKIN")), jsonHeaders()), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<String> post(String user, Object body) {
        return http.withBasicAuth(user, "demo").exchange("/api/cases", HttpMethod.POST,
                new HttpEntity<>(body, jsonHeaders()), String.class);
    }

    private static CaseIntakeRequest.Subject subject(String name) {
        return new CaseIntakeRequest.Subject(null, null, name, null, null, null);
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
