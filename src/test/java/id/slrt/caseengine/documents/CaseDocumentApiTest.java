package id.slrt.caseengine.documents;

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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The project API for documents: an operator attaches a KTP scan, a caseworker lists and downloads it (as an
 * attachment, nosniff, audited), removes it with a reason; every bad file is a 4xx problem in Indonesian and
 * stores nothing; a case of another region or one that does not exist is 404 for documents as for the case.
 */
@IntegrationTest
class CaseDocumentApiTest {

    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    TestRestTemplate http;
    @Autowired
    IntakeService intake;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void anOperatorAttachesAScanAndACaseworkerOpensIt() throws Exception {
        String number = openCase("3516");
        byte[] scan = TestFiles.image("png", 1200, 800);
        long audits = audits(number);

        ResponseEntity<String> created = upload("operator", number, "KTP", "ktp-sri.png", scan, null);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode document = json.readTree(created.getBody());
        assertThat(document.path("contentType").asText()).isEqualTo("image/png");
        assertThat(document.path("sha256").asText()).isEqualTo(CaseDocuments.sha256(scan));
        assertThat(document.path("addedBy").asText()).isEqualTo("operator");
        assertThat(document.path("hasPreview").asBoolean()).isTrue();
        long id = document.path("id").asLong();

        JsonNode list = json.readTree(get("peksos", "/api/cases/" + number + "/documents", String.class).getBody());
        assertThat(list.findValuesAsText("fileName")).containsExactly("ktp-sri.png");

        ResponseEntity<byte[]> download = get("peksos", "/api/cases/" + number + "/documents/" + id + "/content", byte[].class);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).isEqualTo(scan);
        assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment").contains("ktp-sri.png");
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        // The list and the download, each a line of the case's access audit naming the document.
        assertThat(audits(number)).isEqualTo(audits + 2);
        assertThat(jdbc.sql("""
                        select count(*) from slrt.case_access_audit a join slrt.case_file c on c.id = a.case_id
                         where c.registration_number = ? and a.actor = 'peksos' and a.details ->> 'document' = ?
                           and a.details ->> 'as' = 'download'""")
                .params(number, String.valueOf(id)).query(Long.class).single()).isEqualTo(1);

        ResponseEntity<String> noReason = exchange("peksos", HttpMethod.DELETE,
                "/api/cases/" + number + "/documents/" + id, String.class);
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody()).contains("alasan penghapusan wajib diisi");
        ResponseEntity<String> removed = exchange("peksos", HttpMethod.DELETE,
                "/api/cases/" + number + "/documents/" + id + "?reason=Salah kasus, milik pemohon lain", String.class);
        assertThat(removed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(removed.getBody()).path("removalReason").asText()).isEqualTo("Salah kasus, milik pemohon lain");
        // Soft delete: the bytes stay until retention.
        assertThat(jdbc.sql("select count(*) from slrt.case_document_content where document_id = ? and bytes is not null")
                .param(id).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from slrt.case_event e join slrt.case_file c on c.id = e.case_id "
                        + "where c.registration_number = ? and e.event_type in ('DOCUMENT_ADDED', 'DOCUMENT_REMOVED')")
                .param(number).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void everyBadFileIsRefusedInIndonesianAndNothingIsStored() throws Exception {
        String number = openCase("3516");
        record Bad(String name, String fileName, byte[] bytes, HttpStatus status, String code, String kind) {
        }
        var bad = java.util.List.of(
                new Bad("empty", "ktp.pdf", new byte[0], HttpStatus.BAD_REQUEST, "EMPTY", "KTP"),
                new Bad("too large", "ktp.pdf", TestFiles.pdfOfSize(11 * 1024 * 1024), HttpStatus.PAYLOAD_TOO_LARGE, "TOO_LARGE", "KTP"),
                new Bad("HTML renamed .pdf", "ktp.pdf", TestFiles.html(), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "TYPE_NOT_ALLOWED", "KTP"),
                new Bad("executable renamed .pdf", "ktp.pdf", TestFiles.exe(), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "TYPE_NOT_ALLOWED", "KTP"),
                new Bad("zip bomb renamed .pdf", "ktp.pdf", TestFiles.zipBomb(), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "TYPE_NOT_ALLOWED", "KTP"),
                new Bad("decompression-bomb image", "foto.png", TestFiles.decompressionBombPng(), HttpStatus.PAYLOAD_TOO_LARGE, "IMAGE_TOO_MANY_PIXELS", "PHOTO"),
                new Bad("path separators", "..\\..\\windows\\ktp.pdf", TestFiles.pdf("x"), HttpStatus.BAD_REQUEST, "PATH_SEPARATOR", "KTP"),
                new Bad("control characters", "ktp\u0007\u202e.pdf", TestFiles.pdf("x"), HttpStatus.BAD_REQUEST, "CONTROL_CHARACTER", "KTP"),
                new Bad("JPEG named .pdf", "ktp.pdf", TestFiles.image("jpeg", 40, 40), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "EXTENSION_MISMATCH", "KTP"),
                new Bad("unknown kind", "ktp.pdf", TestFiles.pdf("x"), HttpStatus.BAD_REQUEST, "UNKNOWN_KIND", "PASPOR"));
        long documents = count("slrt.case_document");
        long contents = count("slrt.case_document_content");
        long events = count("slrt.case_event");
        for (Bad b : bad) {
            ResponseEntity<String> answer = upload("operator", number, b.kind(), b.fileName(), b.bytes(), null);
            assertThat(answer.getStatusCode()).as(b.name()).isEqualTo(b.status());
            assertThat(answer.getHeaders().getContentType()).as(b.name()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            JsonNode problem = json.readTree(answer.getBody());
            assertThat(problem.path("errors").get(0).path("code").asText()).as(b.name()).isEqualTo(b.code());
            assertThat(problem.path("detail").asText()).as(b.name()).isNotBlank().doesNotContain("Exception");
        }
        assertThat(count("slrt.case_document")).isEqualTo(documents);
        assertThat(count("slrt.case_document_content")).isEqualTo(contents);
        assertThat(count("slrt.case_event")).isEqualTo(events);

        ResponseEntity<String> noFile = upload("operator", number, "KTP", null, null, null);
        assertThat(noFile.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noFile.getBody()).contains("berkas wajib dikirim");
        assertThat(upload("operator", number, "KTP", "ktp.pdf", TestFiles.pdf("x"), "no-such-task").getBody())
                .contains("NOT_A_TASK_OF_CASE");
        assertThat(count("slrt.case_document")).isEqualTo(documents);
    }

    @Test
    void anotherRegionsCaseAndAnUnknownCaseAreNotFound() {
        String surabaya = openCase(DemoUsers.OTHER_OFFICE_REGENCY);
        long documents = count("slrt.case_document");
        for (String number : java.util.List.of(surabaya, "SLRT-3516-2026-999999")) {
            ResponseEntity<String> upload = upload("operator", number, "KTP", "ktp.pdf", TestFiles.pdf("x"), null);
            assertThat(upload.getStatusCode()).as(number).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(upload.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(get("peksos", "/api/cases/" + number + "/documents", String.class).getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(count("slrt.case_document")).isEqualTo(documents);
        assertThat(upload("operator", "kasus-saya", "KTP", "ktp.pdf", TestFiles.pdf("x"), null).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        // Analysts change diagrams, they do not handle citizens' files.
        assertThat(upload("analis", openCase("3516"), "KTP", "ktp.pdf", TestFiles.pdf("x"), null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    ResponseEntity<String> upload(String user, String number, String kind, String fileName, byte[] bytes, String taskId) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        if (bytes != null) {
            parts.add("file", new ByteArrayResource(bytes) {
                @Override
                public String getFilename() {
                    return fileName;
                }
            });
        }
        parts.add("kind", kind);
        if (taskId != null) {
            parts.add("taskId", taskId);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, DemoUsers.PASSWORD).postForEntity("/api/cases/" + number + "/documents",
                new HttpEntity<>(parts, headers), String.class);
    }

    <T> ResponseEntity<T> get(String user, String path, Class<T> type) {
        return http.withBasicAuth(user, DemoUsers.PASSWORD).getForEntity(path, type);
    }

    <T> ResponseEntity<T> exchange(String user, HttpMethod method, String path, Class<T> type) {
        return http.withBasicAuth(user, DemoUsers.PASSWORD).exchange(path, method, null, type);
    }

    String openCase(String regency) {
        int n = SEQUENCE.incrementAndGet();
        return intake.open(new CaseIntakeRequest("COMPLAINT", Channel.WALK_IN, regency,
                new CaseIntakeRequest.Subject(null, null, "Sri Wahyuni " + n, LocalDate.of(1985, 3, 12), Sex.F,
                        "Jl. RA Basuni 8"),
                new CaseIntakeRequest.Reporter("Sri Wahyuni", "+6281234500001"),
                "Bantuan PKH belum cair"), "admin").registrationNumber();
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    long audits(String number) {
        return jdbc.sql("select count(*) from slrt.case_access_audit a join slrt.case_file c on c.id = a.case_id "
                + "where c.registration_number = ?").param(number).query(Long.class).single();
    }
}
