package id.slrt.caseengine.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.intake.Sex;
import id.slrt.caseengine.system.IndonesianDates;
import id.slrt.caseengine.system.OfficeClock;
import id.slrt.caseengine.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Letters issued for real cases: every letter type from the case file, numbers without gaps under 20 concurrent
 * issues and after a rolled-back one, issued letters immutable, a correction that replaces a letter, the staff
 * pages, the public verification page, and the deploy-time check of templates.
 */
@IntegrationTest
class LetterIssueTest {

    @Autowired
    IntakeService intake;
    @Autowired
    CaseFileRepository cases;
    @Autowired
    LetterService letters;
    @Autowired
    LetterRegister register;
    @Autowired
    LetterTemplates templates;
    @Autowired
    OfficeClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    RepositoryService repository;
    @Autowired
    TestRestTemplate http;
    @Autowired
    VerificationPageController verification;

    @BeforeEach
    void resetLimits() {
        verification.resetLimits();
    }

    private long complaint(String name) {
        String number = intake.open(new CaseIntakeRequest("COMPLAINT", Channel.WALK_IN, "3516",
                new CaseIntakeRequest.Subject("3516015203850001", "3516011503200001", name,
                        LocalDate.of(1985, 3, 12), Sex.F, "Jl. RA Basuni 8, Sooko"),
                new CaseIntakeRequest.Reporter(name, "+6281234500001"),
                "Bantuan PKH belum cair sejak Maret"), "operator").registrationNumber();
        return cases.findByRegistrationNumber(number).orElseThrow().id();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    private String today() {
        return IndonesianDates.day(clock.now().atZoneSameInstant(clock.zone()).toLocalDate());
    }

    @Test
    void everyLetterTypeIsIssuedFromTheCaseFileWithItsNumberNameAndDate() throws Exception {
        long caseId = complaint("Sri Wahyuni");
        String registration = cases.findById(caseId).orElseThrow().registrationNumber();
        for (String type : templates.bundledTemplates().keySet()) {
            LetterRegister.Letter letter = letters.issue(caseId, type, null, "Uji");
            assertThat(letter.letterNumber()).matches("400\\.9/\\d{4}/Dinsos/[IVX]+/\\d{4}");
            byte[] pdf = letters.pdf(letter.id());
            // Stored as an immutable case document of kind LETTER; the register keeps only its id and hash.
            assertThat(jdbc.sql("select kind || '|' || sha256 || '|' || immutable from slrt.case_document where id = ?")
                    .param(letter.documentId()).query(String.class).single())
                    .isEqualTo("LETTER|" + letter.sha256() + "|true");
            assertThat(register.pdf(letter.id())).isEmpty();
            assertThat(LetterService.sha256(pdf)).isEqualTo(letter.sha256());
            assertThat(text(pdf)).as(type).contains(letter.letterNumber(), "Sri Wahyuni", today(), registration,
                    "PEMERINTAH KABUPATEN MOJOKERTO", "Nama Pejabat Penandatangan",
                    "/verifikasi/" + letter.verificationCode());
            if (!type.equals("jawaban-pengaduan")) {
                assertThat(text(pdf)).as(type).contains("3516015203850001");
            }
        }
        assertThat(jdbc.sql("select count(*) from slrt.case_event where case_id = ? and event_type = 'LETTER_ISSUED'")
                .param(caseId).query(Integer.class).single()).isEqualTo(templates.bundledTemplates().size());
    }

    @Test
    void twentyConcurrentIssuesGetTwentyConsecutiveNumbersAndARolledBackIssueGivesItsNumberBack() throws Exception {
        long caseId = complaint("Rahayu");
        int year = clock.now().atZoneSameInstant(clock.zone()).getYear();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<LetterRegister.Letter>> issued = new ArrayList<>();
        long began = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            Callable<LetterRegister.Letter> issue = () -> {
                start.await();
                return letters.issue(caseId, "jawaban-pengaduan", null, "Uji");
            };
            issued.add(pool.submit(issue));
        }
        start.countDown();
        List<Integer> sequences = new ArrayList<>();
        for (Future<LetterRegister.Letter> f : issued) {
            sequences.add(jdbc.sql("select sequence from slrt.letter where id = ?").param(f.get().id())
                    .query(Integer.class).single());
        }
        pool.shutdown();
        System.out.printf("20 concurrent letter issues: %d ms%n", (System.nanoTime() - began) / 1_000_000);
        int first = sequences.stream().mapToInt(Integer::intValue).min().orElseThrow();
        assertThat(sequences).containsExactlyInAnyOrderElementsOf(IntStream.range(first, first + 20).boxed().toList());

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            letters.issue(caseId, "jawaban-pengaduan", null, "Uji");
            throw new IllegalStateException("storing the case document failed");
        })).hasMessageContaining("storing the case document failed");
        LetterRegister.Letter next = letters.issue(caseId, "jawaban-pengaduan", null, "Uji");
        assertThat(jdbc.sql("select sequence from slrt.letter where id = ?").param(next.id()).query(Integer.class)
                .single()).isEqualTo(first + 20);
        // The whole office-year: 1..n, no gap, no duplicate.
        List<Integer> all = jdbc.sql("select sequence from slrt.letter where office_code = '3516' and year = ? order by 1")
                .param(year).query(Integer.class).list();
        assertThat(all).isEqualTo(IntStream.rangeClosed(1, all.size()).boxed().toList());
    }

    @Test
    void anIssuedLetterNeverChangesAndACorrectionReplacesIt() throws Exception {
        long caseId = complaint("Wulan Sari");
        LetterRegister.Letter first = letters.issue(caseId, "jawaban-pengaduan", null, "Uji");
        assertThatThrownBy(() -> jdbc.sql("update slrt.letter set letter_number = 'palsu' where id = ?")
                .param(first.id()).update()).hasMessageContaining("cannot be changed");

        LetterRegister.Letter correction = letters.correct(first.id(), null);
        assertThat(correction.replacesId()).isEqualTo(first.id());
        assertThat(correction.replacesNumber()).isEqualTo(first.letterNumber());
        assertThat(register.find(first.id()).orElseThrow().replacedByNumber()).isEqualTo(correction.letterNumber());
        assertThat(text(letters.pdf(correction.id())))
                .contains("menggantikan surat nomor " + first.letterNumber());
        assertThatThrownBy(() -> letters.correct(first.id(), null)).hasMessageContaining("sudah diganti");
        assertThat(register.find(first.id()).orElseThrow().sha256()).isEqualTo(first.sha256());
    }

    @Test
    void aSupervisorCorrectsALetterFromTheLettersPageWithAReasonACaseworkerCannot() {
        long caseId = complaint("Sri Rahayu");
        String number = cases.findById(caseId).orElseThrow().registrationNumber();
        LetterRegister.Letter first = letters.issue(caseId, "jawaban-pengaduan", null, "Uji");
        String url = "/app/cases/" + number + "/surat/" + first.id() + "/koreksi";

        assertThat(http.withBasicAuth("peksos", "demo").getForEntity("/app/cases/" + number + "/surat", String.class)
                .getBody()).doesNotContain("Terbitkan koreksi");
        ResponseEntity<String> page = http.withBasicAuth("supervisor", "demo")
                .getForEntity("/app/cases/" + number + "/surat", String.class);
        assertThat(page.getBody()).contains("Terbitkan koreksi", url);
        assertThat(postCorrection("peksos", number, url, "Nama salah ketik").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        int before = jdbc.sql("select count(*) from slrt.letter where case_id = ?").param(caseId).query(Integer.class).single();
        ResponseEntity<String> noReason = postCorrection("supervisor", number, url, " ");
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody()).contains("alasan koreksi wajib diisi");
        assertThat(jdbc.sql("select count(*) from slrt.letter where case_id = ?").param(caseId).query(Integer.class)
                .single()).isEqualTo(before);

        ResponseEntity<String> done = postCorrection("supervisor", number, url, "Nama pelapor salah ketik");
        LetterRegister.Letter replaced = register.find(first.id()).orElseThrow();
        assertThat(replaced.replacedByNumber()).isNotNull();
        // Back on the letters page (the redirect followed): the old letter replaced, the correction valid.
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(done.getBody()).contains("Diganti dengan " + replaced.replacedByNumber(),
                "(menggantikan " + first.letterNumber() + ")");
        assertThat(jdbc.sql("select details::text from slrt.case_event where case_id = ? and event_type = 'LETTER_CORRECTED'")
                .param(caseId).query(String.class).single()).contains(first.letterNumber(), "Nama pelapor salah ketik");
    }

    /** Posts the correction form as the user, with a CSRF token of their own session (from the case page). */
    private ResponseEntity<String> postCorrection(String user, String number, String url, String reason) {
        ResponseEntity<String> page = http.withBasicAuth(user, "demo").getForEntity("/app/cases/" + number, String.class);
        java.util.regex.Matcher csrf = java.util.regex.Pattern
                .compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.getBody());
        assertThat(csrf.find()).as("%s's case page carries a CSRF token", user).isTrue();
        org.springframework.util.MultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
        form.add("_csrf", csrf.group(1));
        form.add("alasan", reason);
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED);
        String cookie = page.getHeaders().getFirst(org.springframework.http.HttpHeaders.SET_COOKIE);
        if (cookie != null) {
            headers.add(org.springframework.http.HttpHeaders.COOKIE, cookie.split(";")[0]);
        }
        return http.withBasicAuth(user, "demo").postForEntity(url,
                new org.springframework.http.HttpEntity<>(form, headers), String.class);
    }

    @Test
    void theVerificationPageShowsTheLetterAndNothingPersonalAndTheSameAnswerForAnyWrongCode() {
        long caseId = complaint("Endang Lestari");
        LetterRegister.Letter letter = letters.issue(caseId, "surat-rujukan", null, "Uji");
        ResponseEntity<String> page = http.getForEntity("/verifikasi/" + letter.verificationCode(), String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Surat ini asli dan berlaku", letter.letterNumber(), "Surat Rujukan",
                today(), "DINAS SOSIAL KABUPATEN MOJOKERTO")
                .doesNotContain("Endang", "3516015203850001", "SLRT-");

        ResponseEntity<String> unknown = http.getForEntity("/verifikasi/ABCDEFGHJKLMNPQR", String.class);
        ResponseEntity<String> malformed = http.getForEntity("/verifikasi/x'--", String.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(malformed.getBody()).isEqualTo(unknown.getBody()).contains("tidak ditemukan");

        letters.correct(letter.id(), null);
        assertThat(http.getForEntity("/verifikasi/" + letter.verificationCode().toLowerCase(), String.class).getBody())
                .contains("sudah tidak berlaku").contains("diganti dengan surat nomor");

        ResponseEntity<String> last = null;
        for (int i = 0; i < 40; i++) {
            last = http.getForEntity("/verifikasi/ABCDEFGHJKLMNPQR", String.class);
        }
        assertThat(last.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(last.getHeaders().getFirst("Retry-After")).isNotBlank();
        assertThat(last.getBody()).contains("Terlalu banyak permintaan");
    }

    @Test
    void staffPrintALetterFromTheCasePagesAndEveryReadIsAudited() throws Exception {
        long caseId = complaint("Tri Handayani");
        String number = cases.findById(caseId).orElseThrow().registrationNumber();
        LetterRegister.Letter letter = letters.issue(caseId, "jawaban-pengaduan", null, "Uji");
        String list = http.withBasicAuth("peksos", "demo").getForEntity("/app/cases/" + number + "/surat", String.class)
                .getBody();
        assertThat(list).contains(letter.letterNumber(), "Jawaban Pengaduan", "Berlaku",
                "/app/cases/" + number + "/surat/" + letter.id() + ".pdf");
        ResponseEntity<byte[]> pdf = http.withBasicAuth("peksos", "demo")
                .getForEntity("/app/cases/" + number + "/surat/" + letter.id() + ".pdf", byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        assertThat(LetterService.sha256(pdf.getBody())).isEqualTo(letter.sha256());
        assertThat(jdbc.sql("select count(*) from slrt.case_access_audit where case_id = ? and action = 'VIEW' "
                + "and route like '%/surat%'").param(caseId).query(Integer.class).single()).isEqualTo(2);
        // Anonymous visitors do not get it, nor does a letter open under another case's number.
        ResponseEntity<byte[]> anonymous = http.getForEntity("/app/cases/" + number + "/surat/" + letter.id() + ".pdf",
                byte[].class);
        assertThat(anonymous.getHeaders().getContentType()).isNotEqualTo(org.springframework.http.MediaType.APPLICATION_PDF);
        assertThat(anonymous.getBody() == null ? "" : new String(anonymous.getBody(), StandardCharsets.ISO_8859_1))
                .doesNotContain("%PDF");
        String otherCase = cases.findById(complaint("Lain")).orElseThrow().registrationNumber();
        assertThat(http.withBasicAuth("peksos", "demo").getForEntity("/app/cases/" + otherCase + "/surat/"
                + letter.id() + ".pdf", byte[].class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aDeploymentWithATemplateNamingAnUnknownFieldOrADiagramWithoutItsTemplateIsRefused() {
        String bad = """
                <html xmlns:th="http://www.thymeleaf.org"><head><title>Surat uji</title></head>
                <body><p th:text="${klien.namaIbuKandung}">x</p></body></html>""";
        long before = repository.createDeploymentQuery().count();
        assertThatThrownBy(() -> repository.createDeployment().name("uji-surat")
                .addString("letters/surat-uji.html", bad).deploy())
                .hasMessageContaining("surat-uji.html: ruas 'klien.namaIbuKandung' tidak dikenal");

        BpmnModelInstance diagram = Bpmn.createExecutableProcess("uji-surat").camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("Issue").camundaDelegateExpression("${issueLetter}")
                .camundaInputParameter("letterType", "surat-tidak-ada").endEvent().done();
        assertThatThrownBy(() -> repository.createDeployment().name("uji-surat")
                .addModelInstance("uji-surat.bpmn", diagram).deploy())
                .hasMessageContaining("jenis surat 'surat-tidak-ada' tidak memiliki templat");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
    }

    @Test
    void theTemplatesAreDeployedWithTheDiagrams() {
        String deployment = repository.createProcessDefinitionQuery().processDefinitionKey("odgj-reunification")
                .latestVersion().singleResult().getDeploymentId();
        assertThat(repository.getDeploymentResourceNames(deployment))
                .anyMatch(name -> name.endsWith("/letters/berita-acara-serah-terima.html"));
        assertThat(templates.template("berita-acara-serah-terima", deployment).map(b -> new String(b, StandardCharsets.UTF_8)))
                .hasValueSatisfying(t -> assertThat(t).contains("BERITA ACARA SERAH TERIMA"));
    }
}
