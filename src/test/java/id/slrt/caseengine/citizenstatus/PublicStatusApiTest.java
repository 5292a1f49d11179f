package id.slrt.caseengine.citizenstatus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.intake.Sex;
import id.slrt.caseengine.support.IntegrationTest;
import id.slrt.caseengine.support.Phones;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
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

@IntegrationTest
class PublicStatusApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    IntakeService intake;
    @Autowired
    PublicStatusController controller;

    @BeforeEach
    @AfterEach
    void resetLimits() {
        controller.resetLimits();
    }

    @Test
    void theReporterSeesStatusStepAndDeadlineAndNothingPersonal() throws Exception {
        String phone = "0" + Phones.randomWhatsAppId().substring(2);
        String number = open(phone);

        ResponseEntity<String> response = status(number, phone);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = json.readTree(response.getBody());
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("registrationNumber", "service", "status", "statusLabel",
                "currentStep", "deadline");
        assertThat(body.get("status").asText()).isEqualTo("VERIFICATION");
        assertThat(body.get("statusLabel").asText()).isEqualTo("Sedang diverifikasi oleh petugas Dinas Sosial");
        assertThat(body.get("currentStep").asText()).isEqualTo("Triase pengaduan");
        assertThat(response.getBody()).doesNotContain("Sri Wahyuni", "3516015203850001", phone.substring(1),
                "PKH");
        assertThat(status(number.toLowerCase(), "+62" + phone.substring(1)).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aWrongPhoneAndAnUnknownCaseGetTheSame404() throws Exception {
        String phone = "0" + Phones.randomWhatsAppId().substring(2);
        String number = open(phone);
        String otherPhone = "0" + Phones.randomWhatsAppId().substring(2);

        ResponseEntity<String> wrongPhone = status(number, otherPhone);
        ResponseEntity<String> unknown = status("SLRT-3516-2026-999998", phone);

        assertThat(wrongPhone.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(wrongPhone.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(withoutInstance(wrongPhone)).isEqualTo(withoutInstance(unknown));
        assertThat(wrongPhone.getBody()).doesNotContain("VERIFICATION", "Triase");
    }

    @Test
    void aMissingOrMalformedPhoneIsAClientErrorThatSaysNothingAboutTheCase() {
        String number = open("0" + Phones.randomWhatsAppId().substring(2));
        assertThat(status(number, null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status(number, "12345").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status("SLRT-3516-2026-999997", "12345").getBody())
                .isEqualTo(status(number, "12345").getBody().replace(number, "SLRT-3516-2026-999997"));
    }

    @Test
    void guessingPhonesForOneCaseIsStoppedWith429() throws Exception {
        String number = open("0" + Phones.randomWhatsAppId().substring(2));
        for (int i = 0; i < 10; i++) {
            assertThat(status(number, "0813" + String.format("%08d", i)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        }
        ResponseEntity<String> limited = status(number, "081399999999");
        assertThat(limited.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(limited.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Long.parseLong(limited.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 600L);
        assertThat(json.readTree(limited.getBody()).get("title").asText()).isEqualTo("Terlalu banyak permintaan");
    }

    @Test
    void oneClientAskingAboutManyCasesIsStoppedWith429() {
        for (int i = 0; i < 30; i++) {
            assertThat(status(String.format("SLRT-3516-2026-%06d", 900_000 + i), "081300000001").getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(status("SLRT-3516-2026-900099", "081300000001").getStatusCode())
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    private String open(String phone) {
        return intake.open(new CaseIntakeRequest("COMPLAINT", Channel.WALK_IN, "3516",
                new CaseIntakeRequest.Subject("3516015203850001", "3516011503200001", "Sri Wahyuni",
                        LocalDate.of(1985, 3, 12), Sex.F, "Jl. RA Basuni 8, Sooko"),
                new CaseIntakeRequest.Reporter("Sri Wahyuni", phone), "Bantuan PKH belum cair"), "operator")
                .registrationNumber();
    }

    private ResponseEntity<String> status(String number, String phone) {
        HttpHeaders headers = new HttpHeaders();
        if (phone != null) {
            headers.set(PublicStatusController.PHONE_HEADER, phone);
        }
        return http.exchange("/api/public/cases/" + number + "/status", HttpMethod.GET, new HttpEntity<>(headers),
                String.class);
    }

    private JsonNode withoutInstance(ResponseEntity<String> response) throws Exception {
        ObjectNode body = (ObjectNode) json.readTree(response.getBody());
        body.remove("instance");
        return body;
    }
}
