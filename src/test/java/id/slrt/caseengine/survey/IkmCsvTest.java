package id.slrt.caseengine.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IkmCsvTest {

    @Test
    void cellsAreQuotedAndFormulasNeutralised() {
        assertThat(IkmCsv.cell("Kabupaten Mojokerto")).isEqualTo("Kabupaten Mojokerto");
        assertThat(IkmCsv.cell("Antre lama, panas")).isEqualTo("\"Antre lama, panas\"");
        assertThat(IkmCsv.cell("kata \"ramah\"")).isEqualTo("\"kata \"\"ramah\"\"\"");
        assertThat(IkmCsv.cell("=HYPERLINK(\"http://x\")")).startsWith("\"'=HYPERLINK");
        assertThat(IkmCsv.cell("+62812")).isEqualTo("'+62812");
        assertThat(IkmCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(IkmCsv.cell("-1.5")).isEqualTo("-1.5");
        assertThat(IkmCsv.cell(null)).isEmpty();
        // A spreadsheet in Indonesian splits on semicolons: a formula after one is neutralised too.
        assertThat(IkmCsv.cell("Baik;=1+1")).isEqualTo("Baik;'=1+1");
        assertThat(IkmCsv.cell("Baik; =HYPERLINK(\"x\")")).isEqualTo("\"Baik; '=HYPERLINK(\"\"x\"\")\"");
        assertThat(IkmCsv.cell("a,\"+1\tb\t@SUM(A1)|-2")).isEqualTo("\"a,\"\"'+1\tb\t'@SUM(A1)|'-2\"");
    }
}
