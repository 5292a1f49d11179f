package id.slrt.caseengine.documents;

import static id.slrt.caseengine.support.ProcessTests.submitStartForm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.security.DemoUsers;
import id.slrt.caseengine.support.IntegrationTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The ways in for staff: the case page's documents section (upload form with CSRF token, list, download links) and
 * the Tasklist tab's data (documents and the checklist of the task's stage); a refused file answers a 4xx page.
 */
@IntegrationTest
class CaseDocumentPageTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void anOperatorUploadsOnTheCasePageAndTheCaseworkerSeesItOnTheTask() throws Exception {
        ProcessInstance application = submitStartForm(engine, "puskesos-application",
                DocumentRequirementsProcessTest.form("3325014506880051"));
        String number = application.getBusinessKey();
        String taskId = engine.getTaskService().createTaskQuery().processInstanceId(application.getId()).singleResult().getId();

        ResponseEntity<String> page = http.withBasicAuth("operator", DemoUsers.PASSWORD)
                .getForEntity("/app/cases/" + number + "?task=" + taskId, String.class);
        assertThat(page.getBody()).contains("id=\"dokumen\"", "Belum ada dokumen.", "Unggah dokumen",
                "name=\"taskId\" value=\"" + taskId + "\"", "Kartu Keluarga");

        ResponseEntity<String> saved = post(page, number, "KTP", "ktp sutini.png", TestFiles.image("png", 800, 500), taskId);
        // Redirected (followed by the test client) back to the case page, which says so.
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(saved.getBody()).contains("id=\"document-saved\"", "ktp sutini.png");
        long documents = count();
        ResponseEntity<String> again = http.withBasicAuth("operator", DemoUsers.PASSWORD)
                .getForEntity("/app/cases/" + number, String.class);
        ResponseEntity<String> refused = post(again, number, "KK", "kk.pdf", TestFiles.html(), null);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(refused.getBody()).contains("Dokumen tidak disimpan", "isi berkas bukan PDF, JPEG, PNG atau WEBP");
        assertThat(count()).isEqualTo(documents);

        String after = http.withBasicAuth("peksos", DemoUsers.PASSWORD).getForObject("/app/cases/" + number, String.class);
        Matcher link = Pattern.compile("href=\"(/app/cases/" + number + "/documents/[0-9]+)\">ktp sutini.png<").matcher(after);
        assertThat(link.find()).isTrue();
        assertThat(after).contains("class=\"document-preview\"", "VerifyApplication");
        ResponseEntity<byte[]> download = http.withBasicAuth("peksos", DemoUsers.PASSWORD).getForEntity(link.group(1), byte[].class);
        assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment");
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

        JsonNode tab = json.readTree(http.withBasicAuth("peksos", DemoUsers.PASSWORD)
                .getForObject("/app/tasks/" + taskId + "/documents", String.class));
        assertThat(tab.path("registrationNumber").asText()).isEqualTo(number);
        assertThat(tab.path("uploadUrl").asText()).isEqualTo("/app/cases/" + number + "?task=" + taskId + "#dokumen");
        assertThat(tab.path("documents").findValuesAsText("fileName")).containsExactly("ktp sutini.png");
        assertThat(tab.path("documents").get(0).path("step").asText()).isEqualTo("VerifyApplication");
        assertThat(tab.path("requirements").toString()).contains("\"kind\":\"KTP\"", "\"attached\":true")
                .contains("\"kind\":\"KK\"", "\"attached\":false");
    }

    @Test
    void aCaseworkerOfAnotherRegionGetsNothing() {
        ProcessInstance application = submitStartForm(engine, "puskesos-application",
                DocumentRequirementsProcessTest.form("3325014506880052"));
        String taskId = engine.getTaskService().createTaskQuery().processInstanceId(application.getId()).singleResult().getId();
        jdbc.sql("update slrt.case_file set region_code = ? where registration_number = ?")
                .params(DemoUsers.OTHER_OFFICE_REGENCY, application.getBusinessKey()).update();
        assertThat(http.withBasicAuth("peksos", DemoUsers.PASSWORD)
                .getForEntity("/app/tasks/" + taskId + "/documents", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth("peksos", DemoUsers.PASSWORD)
                .getForEntity("/app/cases/" + application.getBusinessKey() + "/documents/1", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    ResponseEntity<String> post(ResponseEntity<String> page, String number, String kind, String fileName, byte[] bytes,
                                String taskId) {
        Matcher csrf = Pattern.compile("id=\"document-upload\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page.getBody());
        assertThat(csrf.find()).as("the upload form carries a CSRF token").isTrue();
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("_csrf", csrf.group(1));
        parts.add("kind", kind);
        if (taskId != null) {
            parts.add("taskId", taskId);
        }
        parts.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        String cookie = page.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
        if (cookie != null) {
            headers.add(HttpHeaders.COOKIE, cookie.split(";")[0]);
        }
        return http.withBasicAuth("operator", DemoUsers.PASSWORD)
                .postForEntity("/app/cases/" + number + "/documents", new HttpEntity<>(parts, headers), String.class);
    }

    long count() {
        return jdbc.sql("select count(*) from slrt.case_document").query(Long.class).single();
    }
}
