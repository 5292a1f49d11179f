package id.slrt.caseengine.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.intake.Sex;
import id.slrt.caseengine.platform.CaseRecordEraser;
import id.slrt.caseengine.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The PostgreSQL store behind {@link CaseDocuments}: a generated letter is stored with its sniffed type, SHA-256 and
 * sealed bytes in the caller's transaction (rolled back with it), reads back byte for byte, cannot be removed; the
 * per-case limit holds; retention erases bytes and file names.
 */
@IntegrationTest
class CaseDocumentsStoreTest {

    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    CaseDocuments documents;
    @Autowired
    IntakeService intake;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    List<CaseRecordEraser> erasers;

    @Test
    void anIssuedLetterIsStoredSealedWithItsHashAndReadsBackUnchanged() {
        String number = openCase();
        long caseId = caseId(number);
        byte[] letter = TestFiles.pdf("Surat rekomendasi PBI-JK");

        StoredDocument stored = documents.storeGenerated(caseId, "LETTER", "surat-rekomendasi.pdf", letter, "system");

        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.sizeBytes()).isEqualTo(letter.length);
        assertThat(stored.sha256()).isEqualTo(CaseDocuments.sha256(letter)).hasSize(64);
        assertThat(stored.immutable()).isTrue();
        assertThat(stored.origin()).isEqualTo(StoredDocument.Origin.GENERATED);
        assertThat(stored.kindLabel()).isEqualTo("Surat");
        byte[] atRest = jdbc.sql("select bytes from slrt.case_document_content where document_id = ?")
                .param(stored.id()).query((rs, n) -> rs.getBytes(1)).single();
        assertThat(new String(atRest, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("SLRT1");
        assertThat(new String(atRest, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("PBI-JK");

        DocumentContent read = documents.open(number, stored.id(), false);
        assertThat(read.bytes()).isEqualTo(letter);
        assertThat(documents.list(number)).extracting(StoredDocument::fileName).containsExactly("surat-rekomendasi.pdf");
        assertThat(documents.attachedKinds(caseId)).containsExactly("LETTER");
        assertThatThrownBy(() -> documents.remove(number, stored.id(), "salah unggah"))
                .isInstanceOfSatisfying(DocumentRefusedException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));
        assertThat(events(caseId, "DOCUMENT_ADDED")).isEqualTo(1);
    }

    @Test
    void aLetterOfARolledBackTransactionLeavesNothing() {
        long caseId = caseId(openCase());
        long before = count("slrt.case_document") + count("slrt.case_document_content");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            documents.storeGenerated(caseId, "LETTER", "surat.pdf", TestFiles.pdf("x"), "system");
            throw new IllegalStateException("the letter's own step failed");
        })).hasMessageContaining("failed");
        assertThat(count("slrt.case_document") + count("slrt.case_document_content")).isEqualTo(before);
    }

    @Test
    void aGeneratedFileIsCheckedLikeAnyOther() {
        long caseId = caseId(openCase());
        long before = count("slrt.case_document");
        assertThatThrownBy(() -> documents.storeGenerated(caseId, "LETTER", "surat.pdf", TestFiles.html(), "system"))
                .isInstanceOfSatisfying(DocumentRefusedException.class,
                        e -> assertThat(e.issue().code()).isEqualTo("TYPE_NOT_ALLOWED"));
        assertThatThrownBy(() -> documents.storeGenerated(caseId, "SURAT_SAKTI", "surat.pdf", TestFiles.pdf("x"), "system"))
                .isInstanceOfSatisfying(DocumentRefusedException.class,
                        e -> assertThat(e.issue().code()).isEqualTo("UNKNOWN_KIND"));
        assertThat(count("slrt.case_document")).isEqualTo(before);
    }

    @Test
    void anImageGetsADownscaledPreview() throws Exception {
        String number = openCase();
        StoredDocument photo = documents.storeFromCitizen(caseId(number), "PHOTO", "foto.jpg",
                TestFiles.image("jpeg", 2400, 1600), "WHATSAPP");
        assertThat(photo.hasPreview()).isTrue();
        DocumentContent preview = documents.open(number, photo.id(), true);
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(preview.bytes()));
        assertThat(Math.max(image.getWidth(), image.getHeight())).isEqualTo(480);
        assertThat(preview.contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void theCaseLimitCountsEveryStoredByteAndRefusesAddedFilesButNotIssuedLetters() {
        long caseId = caseId(openCase());
        byte[] nineMegabytes = TestFiles.pdfOfSize(9 * 1024 * 1024);
        for (int i = 0; i < 11; i++) {
            documents.storeGenerated(caseId, "REPORT", "laporan-" + i + ".pdf", nineMegabytes, "system");
        }
        long before = count("slrt.case_document");
        assertThatThrownBy(() -> documents.storeFromCitizen(caseId, "REPORT", "laporan-12.pdf", nineMegabytes, "whatsapp"))
                .isInstanceOfSatisfying(DocumentRefusedException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
                    assertThat(e.issue().code()).isEqualTo("CASE_LIMIT");
                    assertThat(e.issue().message()).contains("per kasus");
                });
        assertThat(count("slrt.case_document")).isEqualTo(before);

        // A letter the office issues is stored all the same: refusing it would stop the diagram's step.
        documents.storeGenerated(caseId, "LETTER", "surat.pdf", TestFiles.pdf("surat"), "system");
        assertThat(count("slrt.case_document")).isEqualTo(before + 1);
    }

    @Test
    void retentionErasesBytesPreviewsAndFileNames() {
        String number = openCase();
        long caseId = caseId(number);
        StoredDocument scan = documents.storeFromCitizen(caseId, "KTP", "ktp-sri-wahyuni.png",
                TestFiles.image("png", 600, 400), "WHATSAPP");
        CaseRecordEraser eraser = erasers.stream().filter(e -> e.part().equals("documents")).findFirst().orElseThrow();

        int touched = transactions.execute(status -> eraser.erase(caseId));

        assertThat(touched).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from slrt.case_document_content where document_id = ? and bytes is null and preview is null")
                .param(scan.id()).query(Long.class).single()).isEqualTo(1);
        StoredDocument after = documents.list(number).get(0);
        assertThat(after.fileName()).isNull();
        assertThat(after.erased()).isTrue();
        assertThat(documents.attachedKinds(caseId)).isEmpty();
        assertThatThrownBy(() -> documents.open(number, scan.id(), false))
                .isInstanceOf(id.slrt.caseengine.system.NotFoundException.class);
        assertThatThrownBy(() -> jdbc.sql("update slrt.case_document set sha256 = repeat('0', 64) where id = ?")
                .param(scan.id()).update()).hasMessageContaining("fixed once stored");
        assertThatThrownBy(() -> jdbc.sql("delete from slrt.case_document where id = ?").param(scan.id()).update())
                .hasMessageContaining("append-only");
    }

    String openCase() {
        int n = SEQUENCE.incrementAndGet();
        return intake.open(new CaseIntakeRequest("COMPLAINT", Channel.WALK_IN, "3516",
                new CaseIntakeRequest.Subject("35160152038" + String.format("%05d", 50000 + n), null, "Sri Wahyuni",
                        LocalDate.of(1985, 3, 12), Sex.F, "Jl. RA Basuni 8, Sooko"),
                new CaseIntakeRequest.Reporter("Sri Wahyuni", "+6281234500001"),
                "Bantuan PKH belum cair"), "operator").registrationNumber();
    }

    long caseId(String number) {
        return jdbc.sql("select id from slrt.case_file where registration_number = ?").param(number)
                .query(Long.class).single();
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    long events(long caseId, String type) {
        return jdbc.sql("select count(*) from slrt.case_event where case_id = ? and event_type = ?")
                .params(caseId, type).query(Long.class).single();
    }
}
