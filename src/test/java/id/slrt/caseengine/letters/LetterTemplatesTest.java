package id.slrt.caseengine.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every letter template of letters/ passes the deploy-time rules and renders to a PDF/A whose text reads back. */
class LetterTemplatesTest {

    private static final LetterRenderer RENDERER = new LetterRenderer();

    static List<String> types() {
        return new ArrayList<>(new LetterTemplates(null).bundledTemplates().keySet());
    }

    @Test
    void theFiveSlrtLettersAreShipped() {
        assertThat(types()).contains("berita-acara-serah-terima", "surat-rujukan", "jawaban-pengaduan",
                "laporan-sosial-abh", "rekomendasi-pbi-jk");
    }

    @ParameterizedTest
    @MethodSource("types")
    void everyShippedTemplatePassesTheDeployCheck(String type) {
        byte[] template = new LetterTemplates(null).bundledTemplates().get(type);
        assertThat(LetterTemplateRules.problems(type + ".html", template)).isEmpty();
        assertThat(LetterTemplateRules.title(template)).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("types")
    void everyLetterTypeRendersToAPdfaWithEmbeddedFontsWhoseTextHasTheNumberNamesAndDates(String type) throws Exception {
        byte[] template = new LetterTemplates(null).bundledTemplates().get(type);
        byte[] pdf = RENDERER.pdf(RENDERER.fill(template, sample()), LetterTemplateRules.title(template));
        // A preview for whoever edits the template: target/letters-preview/<type>.pdf.
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/letters-preview"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/letters-preview", type + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("400.9/0007/Dinsos/XII/2026", "PEMERINTAH KABUPATEN MOJOKERTO",
                    "8 Desember 2026", "Drs. Bambang Sutrisno", "19700101 199003 1 007", "SLRT-3516-2026-000042",
                    "http://localhost:8080/verifikasi/ABCDEFGH23456789");
            switch (type) {
                case "berita-acara-serah-terima" -> assertThat(text).contains("Suparman", "Sumini", "Slamet",
                        "Rahayu", "5 Desember 2026", "Laki-laki");
                case "surat-rujukan" -> assertThat(text).contains("Suparman", "RSJ Menur", "1 Desember 2026");
                case "jawaban-pengaduan" -> assertThat(text).contains("Sri Wahyuni", "Bantuan PKH belum cair",
                        "3 Desember 2026");
                case "laporan-sosial-abh", "rekomendasi-pbi-jk" -> assertThat(text).contains("Suparman",
                        "12 Maret 1985");
                default -> assertThat(text).contains("Suparman");
            }
            assertThat(document.getDocumentCatalog().getMetadata()).isNotNull();
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid:part").contains("3");
            assertThat(document.getDocumentCatalog().getOutputIntents()).isNotEmpty();
            PDPage page = document.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
            List<org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation> annotations = new ArrayList<>();
            for (PDPage each : document.getPages()) {
                annotations.addAll(each.getAnnotations());
            }
            assertThat(annotations).anySatisfy(a -> {
                assertThat(a).isInstanceOf(PDAnnotationLink.class);
                assertThat(((PDActionURI) ((PDAnnotationLink) a).getAction()).getURI())
                        .isEqualTo("http://localhost:8080/verifikasi/ABCDEFGH23456789");
            });
        }
    }

    @Test
    void aTemplateWithAnUnknownFieldIsRefusedNamingTheField() {
        String html = """
                <html xmlns:th="http://www.thymeleaf.org"><head><title>Surat uji</title></head>
                <body><p th:text="${klien.namaIbu}">x</p><p>[[${kasus.rahasia}]]</p></body></html>""";
        assertThat(LetterTemplateRules.problems("uji.html", html.getBytes(StandardCharsets.UTF_8)))
                .containsExactly("uji.html: ruas 'klien.namaIbu' tidak dikenal", "uji.html: ruas 'kasus.rahasia' tidak dikenal");
    }

    @Test
    void expressionsOtherThanOneFieldAndOutsideResourcesAreRefused() {
        String html = """
                <html xmlns:th="http://www.thymeleaf.org"><head><title>Surat uji</title>
                <style>body { background: url(http://example.org/x.png); }</style></head>
                <body><p th:text="${T(java.lang.Runtime).getRuntime().exec('id')}">x</p>
                <p th:utext="${klien.nama}">x</p><img src="file:///etc/passwd"/><p>[(${klien.nama})]</p>
                <script>alert(1)</script></body></html>""";
        List<String> problems = LetterTemplateRules.problems("uji.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(problems).hasSize(6).anyMatch(p -> p.contains("harus tepat satu ruas"))
                .anyMatch(p -> p.contains("th:utext tidak diizinkan")).anyMatch(p -> p.contains("memuat berkas lain"))
                .anyMatch(p -> p.contains("[(...)]")).anyMatch(p -> p.contains("<script>"))
                .anyMatch(p -> p.contains("url(...)"));
    }

    @Test
    void aTemplateThatIsNotWellFormedOrHasNoTitleIsRefused() {
        assertThat(LetterTemplateRules.problems("a.html", "<html><body><p>tanpa penutup</body></html>".getBytes()))
                .singleElement().asString().contains("bukan XHTML yang valid");
        assertThat(LetterTemplateRules.problems("b.html", "<html><head></head><body/></html>".getBytes()))
                .containsExactly("b.html: <title> (nama surat) wajib diisi");
    }

    @Test
    void aTemplatesLetterTypeIsItsFileNameInALettersFolderHoweverTheDeploymentNamesIt() {
        assertThat(LetterTemplates.typeOf("letters/surat-rujukan.html")).isEqualTo("surat-rujukan");
        assertThat(LetterTemplates.typeOf("surat-rujukan.html")).isEqualTo("surat-rujukan");
        assertThat(LetterTemplates.typeOf("/work/wt-letters/target/classes/letters/surat-rujukan.html"))
                .isEqualTo("surat-rujukan");
        assertThat(LetterTemplates.typeOf("URL [jar:nested:/app/slrt.jar/!BOOT-INF/classes/!/letters/surat-rujukan.html]"))
                .isEqualTo("surat-rujukan");
        assertThat(LetterTemplates.typeOf("/work/wt-letters/target/classes/bpmn/surat-rujukan.html")).isNull();
        assertThat(LetterTemplates.typeOf("letters/sub/surat.html")).isNull();
    }

    @Test
    void theNumberFollowsTheOfficePatternWithTheRomanMonth() {
        assertThat(LetterNumbers.format("{classification}/{sequence}/{unit}/{month}/{year}", "400.9", 123, "Dinsos",
                java.time.LocalDate.of(2026, 12, 8))).isEqualTo("400.9/0123/Dinsos/XII/2026");
        assertThat(LetterNumbers.format("{unit}-{year}-{sequence} ({month})", "x", 7, "Dinsos",
                java.time.LocalDate.of(2027, 4, 1))).isEqualTo("Dinsos-2027-0007 (IV)");
    }

    static Map<String, Object> sample() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("kop", Map.of("pemerintah", "PEMERINTAH KABUPATEN MOJOKERTO", "dinas", "DINAS SOSIAL",
                "alamat", "Jl. Contoh 1, Mojokerto", "kota", "Mojokerto",
                "logo", LetterRenderer.qrDataUri("logo")));
        d.put("penandatangan", Map.of("nama", "Drs. Bambang Sutrisno", "nip", "19700101 199003 1 007",
                "jabatan", "Kepala Dinas Sosial"));
        String url = "http://localhost:8080/verifikasi/ABCDEFGH23456789";
        d.put("surat", Map.of("nomor", "400.9/0007/Dinsos/XII/2026", "tanggal", "8 Desember 2026",
                "judul", "Surat", "kodeVerifikasi", "ABCDEFGH23456789", "urlVerifikasi", url,
                "qr", LetterRenderer.qrDataUri(url)));
        d.put("kasus", Map.of("nomorRegistrasi", "SLRT-3516-2026-000042", "layanan", "Reunifikasi ODGJ",
                "uraian", "Bantuan PKH belum cair sejak Maret", "tanggalDibuka", "3 Desember 2026",
                "wilayah", "Kabupaten Mojokerto", "hasil", "pengaduan Saudara telah diselesaikan"));
        d.put("klien", Map.of("nama", "Suparman", "nik", "3516010101800001", "tanggalLahir", "12 Maret 1985",
                "jenisKelamin", "Laki-laki", "alamat", "Dusun Sooko"));
        d.put("pelapor", Map.of("nama", "Sri Wahyuni"));
        d.put("keluarga", List.of(Map.of("nama", "Sumini", "hubungan", "PARENT")));
        d.put("serahTerima", Map.of("nomor", "BA/1", "tanggal", "5 Desember 2026", "penerima", "Sumini",
                "hubungan", "Ibu kandung", "lokasi", "Rumah keluarga",
                "saksi", List.of(Map.of("nama", "Slamet"), Map.of("nama", "Rahayu"))));
        d.put("rujukan", Map.of("tujuan", "RSJ Menur", "jenis", "Reunifikasi ODGJ", "alasan", "stabilisasi",
                "tanggal", "1 Desember 2026"));
        return d;
    }
}
