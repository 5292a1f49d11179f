package id.slrt.caseengine.channel;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.caseengine.channel.CitizenCommand.Kind;
import org.junit.jupiter.api.Test;

class CitizenCommandTest {

    @Test
    void statusWithARegistrationNumberInAnyCase() {
        assertThat(CitizenCommand.parse("STATUS SLRT-3516-2026-000123"))
                .isEqualTo(new CitizenCommand(Kind.STATUS, "SLRT-3516-2026-000123"));
        assertThat(CitizenCommand.parse("  status: slrt-3516-2026-000123. "))
                .isEqualTo(new CitizenCommand(Kind.STATUS, "SLRT-3516-2026-000123"));
        assertThat(CitizenCommand.parse("cek SLRT-3516-2026-000123").kind()).isEqualTo(Kind.STATUS);
    }

    @Test
    void statusWithoutAUsableNumberGetsHelpNotANewCase() {
        assertThat(CitizenCommand.parse("STATUS").kind()).isEqualTo(Kind.STATUS_HELP);
        assertThat(CitizenCommand.parse("status pengaduan saya bagaimana?").kind()).isEqualTo(Kind.STATUS_HELP);
    }

    @Test
    void keywordsOpenNewOrConfidentialReports() {
        assertThat(CitizenCommand.parse("BARU kursi roda ibu saya rusak"))
                .isEqualTo(new CitizenCommand(Kind.NEW_COMPLAINT, "kursi roda ibu saya rusak"));
        assertThat(CitizenCommand.parse("Rahasia: bantuan BPNT dipotong perangkat desa"))
                .isEqualTo(new CitizenCommand(Kind.CONFIDENTIAL_REPORT, "bantuan BPNT dipotong perangkat desa"));
        assertThat(CitizenCommand.parse("RAHASIA").kind()).isEqualTo(Kind.EMPTY);
    }

    @Test
    void anythingElseIsAMessageAndBlankIsEmpty() {
        assertThat(CitizenCommand.parse("Statusnya PKH saya belum cair").kind()).isEqualTo(Kind.MESSAGE);
        assertThat(CitizenCommand.parse("Barusan bantuan saya dipotong").kind()).isEqualTo(Kind.MESSAGE);
        assertThat(CitizenCommand.parse("   ").kind()).isEqualTo(Kind.EMPTY);
        assertThat(CitizenCommand.parse(null).kind()).isEqualTo(Kind.EMPTY);
    }
}
