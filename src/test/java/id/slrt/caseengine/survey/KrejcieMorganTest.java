package id.slrt.caseengine.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KrejcieMorganTest {

    /** Values of the published Krejcie-Morgan table (which rounds to the nearest whole respondent) and edge cases. */
    @ParameterizedTest(name = "N = {0} needs {1}")
    @CsvSource({"0, 0", "1, 1", "10, 10", "15, 14", "23, 22", "40, 36", "70, 59", "100, 80", "1000, 278",
            "2346, 330", "10000, 370", "100000, 383", "1000000, 384"})
    void requiredSample(long population, long required) {
        assertThat(KrejcieMorgan.requiredSample(population)).isEqualTo(required);
    }

    @Test
    void neverMoreThanThePopulationAndNeverAbove384() {
        for (long n = 1; n < 5000; n++) {
            long s = KrejcieMorgan.requiredSample(n);
            assertThat(s).as("N=%d", n).isBetween(1L, Math.min(n, 384L));
            assertThat(s).as("monotone at N=%d", n).isGreaterThanOrEqualTo(KrejcieMorgan.requiredSample(n - 1));
        }
        // The limit for an infinite population is 3.841 x 0.25 / 0.0025 = 384.1.
        assertThat(KrejcieMorgan.requiredSample(1_000_000_000L)).isEqualTo(384);
    }
}
