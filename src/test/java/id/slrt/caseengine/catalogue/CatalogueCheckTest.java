package id.slrt.caseengine.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalogue's deploy-time rules, without an engine. */
class CatalogueCheckTest {

    static final CatalogueCheck.References KNOWN = new CatalogueCheck.References(Set.of("FAKIR_MISKIN"),
            Set.of("KTP", "LETTER"), Set.of("DINKES"), Optional.of(Set.of("rekomendasi-uji")));

    @Test
    void aCorrectEntryHasNoProblems() {
        assertThat(CatalogueCheck.problems(List.of(row("HEALTH_AID", "FAKIR_MISKIN", "KTP: fotokopi KTP; LETTER: SKTM",
                "DINKES", "rekomendasi-uji", "P14D", "subject.nik, description")), KNOWN)).isEmpty();
    }

    @Test
    void everyWrongCellIsNamedWithItsService() {
        List<String> problems = CatalogueCheck.problems(List.of(row("Bantuan 1", "ORANG_KAYA, FAKIR_MISKIN",
                "KTP; IJAZAH: ijazah", "DINSOS_MARS", "tanpa-templat", "14 hari", "subject.hobby")), KNOWN);
        assertThat(problems).containsExactly(
                "Katalog layanan, Bantuan 1: kode layanan harus 3-40 huruf besar atau garis bawah, misalnya RTLH_REFERRAL",
                "Katalog layanan, Bantuan 1: jenis PPKS 'ORANG_KAYA' tidak ada di bpmn/ppks-types.dmn",
                "Katalog layanan, Bantuan 1: jenis dokumen 'IJAZAH' tidak ada di bpmn/document-kinds.dmn",
                "Katalog layanan, Bantuan 1: instansi 'DINSOS_MARS' tidak ada di tabel slrt.agency",
                "Katalog layanan, Bantuan 1: surat 'tanpa-templat' tidak punya templat letters/tanpa-templat.html",
                "Katalog layanan, Bantuan 1: isian pendaftaran 'subject.hobby' tidak dikenal; pilihan: description, "
                        + "reporter.name, reporter.phone, subject.address, subject.birthDate, subject.kkNumber, "
                        + "subject.name, subject.nik, subject.sex",
                "Katalog layanan, Bantuan 1: answerTarget '14 hari' bukan durasi ISO-8601 (misalnya P14D atau PT8H)");
    }

    @Test
    void withoutALettersFolderLettersAreNotChecked() {
        CatalogueCheck.References noLetters = new CatalogueCheck.References(KNOWN.ppksTypes(), KNOWN.documentKinds(),
                KNOWN.agencies(), Optional.empty());
        assertThat(CatalogueCheck.problems(List.of(row("HEALTH_AID", "FAKIR_MISKIN", "KTP", "DINKES", "apa-saja",
                null, null)), noLetters)).isEmpty();
    }

    @Test
    void theShippedCatalogueIsReadRowByRow() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/bpmn/service-routing.dmn")) {
            List<Map<String, String>> rows = CatalogueCheck.rows(in.readAllBytes(), ServiceRouting.DECISION).orElseThrow();
            assertThat(rows).hasSizeGreaterThanOrEqualTo(22);
            Map<String, String> pip = rows.stream().filter(r -> "PIP_KIP_RECOMMENDATION".equals(r.get(""))).findFirst()
                    .orElseThrow();
            assertThat(pip).containsEntry("processKey", "service-referral").containsEntry("agencyCode", "DISDIK")
                    .containsEntry("ppksTypes", "FAKIR_MISKIN");
            assertThat(ServiceCatalogue.documents(pip.get("requiredDocuments"))).extracting(
                    ServiceCatalogue.RequiredDocument::kind).containsExactly("KTP", "KK", "LETTER", "LETTER");
        }
    }

    private static Map<String, String> row(String code, String ppks, String documents, String agency, String letter,
                                           String answer, String intake) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("", code);
        row.put("ppksTypes", ppks);
        row.put("requiredDocuments", documents);
        row.put("agencyCode", agency);
        row.put("letter", letter);
        row.put("answerTarget", answer);
        row.put("intakeFields", intake);
        return row;
    }
}
