package id.slrt.caseengine.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@IntegrationTest
class CaseSearchApiTest {

    @Autowired
    IntakeService intake;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @Test
    void staffFindCasesByNikAndByRegistrationNumber() throws Exception {
        String nik = "3516014507400001";
        String number = intake.open(new CaseIntakeRequest("COMPLAINT", Channel.WALK_IN, "3516",
                new CaseIntakeRequest.Subject(nik, null, "Mbah Sanah", null, null, null),
                new CaseIntakeRequest.Reporter("Cucu", null), "BPNT belum diterima"), "operator").registrationNumber();

        JsonNode byNik = json.readTree(get("peksos", "/api/cases?nik=" + nik + "&open=true").getBody());
        assertThat(byNik.findValuesAsText("registrationNumber")).contains(number);
        assertThat(byNik.get(0).has("nik")).as("results carry no identity numbers").isFalse();

        JsonNode byNumber = json.readTree(get("operator", "/api/cases?registrationNumber=" + number).getBody());
        assertThat(byNumber).hasSize(1);
        assertThat(byNumber.get(0).get("subjectName").asText()).isEqualTo("Mbah Sanah");

        JsonNode nobody = json.readTree(get("peksos", "/api/cases?nik=3516019999990001").getBody());
        assertThat(nobody).isEmpty();
    }

    @Test
    void badCriteriaAreClientErrorsAndAgenciesMayNotSearch() throws Exception {
        ResponseEntity<String> bad = get("peksos", "/api/cases?nik=12ab&size=500");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(bad.getBody()).get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("nik", "size");
        assertThat(get("peksos", "/api/cases?page=abc").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("opd", "/api/cases?open=true").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
    }
}
