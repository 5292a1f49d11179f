package id.slrt.caseengine.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What forms show instead of a protected name. */
class WithholdVariablesDelegateTest {

    @Test
    void namesBecomeTheirInitials() {
        assertThat(WithholdVariablesDelegate.initials("Budi Santoso")).isEqualTo("B.S.");
        assertThat(WithholdVariablesDelegate.initials("  m. rizky  pratama ")).isEqualTo("M.R.P.");
        assertThat(WithholdVariablesDelegate.initials("Rani")).isEqualTo("R.");
        assertThat(WithholdVariablesDelegate.initials("Ni Luh Ayu, S.Pd.")).isEqualTo("N.L.A.S.P.");
    }

    @Test
    void somethingWithoutLettersIsWithheldAltogether() {
        assertThat(WithholdVariablesDelegate.initials(" 123 ")).isEqualTo("(dirahasiakan)");
        assertThat(WithholdVariablesDelegate.initials("")).isEqualTo("(dirahasiakan)");
    }
}
