package id.slrt.caseengine.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IkmCalculatorTest {

    /**
     * A data set whose IKM is 89.21, worked by hand.
     *
     * <pre>
     * 60 respondents; sum of scores per element and NRR = sum / 60:
     *   U1 216 -> 3.6000   U2 214 -> 3.5667   U3 205 -> 3.4167
     *   U4 240 -> 4.0000   U5 212 -> 3.5333   U6 218 -> 3.6333
     *   U7 226 -> 3.7667   U8 190 -> 3.1667   U9 206 -> 3.4333
     * sum of NRR          = 1927 / 60          = 32.116667
     * x 1/9 (weighted)    = 1927 / 540         =  3.568519
     * x 25 (IKM)          = 25 x 1927 / 540    = 89.212963  -> 89.21, band A (88.31-100.00)
     * with the regulation's rounded weight 0.111: 32.116667 x 0.111 x 25 = 89.12 (0.09 lower)
     * </pre>
     */
    static final long[] SUMS_89_21 = {216, 214, 205, 240, 212, 218, 226, 190, 206};

    @Test
    void theHandWorkedDataSetGives89_21() {
        IkmResult result = IkmCalculator.compute(60, SUMS_89_21);

        assertThat(result.respondents()).isEqualTo(60);
        assertThat(result.ikm()).isEqualByComparingTo("89.21");
        assertThat(result.ikm().scale()).isEqualTo(2);
        assertThat(result.band()).isEqualTo(IkmBand.A);
        assertThat(result.band().label()).isEqualTo("Sangat baik");
        assertThat(result.elements()).extracting(e -> e.nrr().toPlainString())
                .containsExactly("3.6000", "3.5667", "3.4167", "4.0000", "3.5333", "3.6333", "3.7667", "3.1667", "3.4333");
        assertThat(result.elements().get(0).weightedNrr()).isEqualByComparingTo("0.4000");
        assertThat(result.elements().get(7).weightedNrr()).isEqualByComparingTo("0.3519");
        // U8 3.1667 x 25 = 79.17: band B; U4 4.0 x 25 = 100: band A
        assertThat(result.elements().get(7).convertedNrr()).isEqualByComparingTo("79.17");
        assertThat(result.elements().get(7).band()).isEqualTo(IkmBand.B);
        assertThat(result.elements().get(3).band()).isEqualTo(IkmBand.A);
    }

    @Test
    void theWeightIsExactlyOneNinthNotTheRounded0_111() {
        IkmResult result = IkmCalculator.compute(60, SUMS_89_21);
        BigDecimal sumOfNrr = BigDecimal.valueOf(1927).divide(BigDecimal.valueOf(60), 10, RoundingMode.HALF_UP);
        BigDecimal withRoundedWeight = sumOfNrr.multiply(new BigDecimal("0.111")).multiply(BigDecimal.valueOf(25))
                .setScale(2, RoundingMode.HALF_UP);

        assertThat(withRoundedWeight).isEqualByComparingTo("89.12");
        assertThat(result.ikm()).isNotEqualByComparingTo(withRoundedWeight).isEqualByComparingTo("89.21");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "25.00, D", "64.99, D", "65.00, C", "76.60, C", "76.61, B", "88.30, B", "88.31, A", "100.00, A",
            "76.6, C", "88.3, B", "65, C", "100, A"})
    void bandEdges(String ikm, IkmBand band) {
        assertThat(IkmBand.of(new BigDecimal(ikm))).isEqualTo(band);
    }

    @Test
    void bandingRefusesUnroundedOrImpossibleValues() {
        assertThatThrownBy(() -> IkmBand.of(new BigDecimal("76.605"))).hasMessageContaining("two decimals");
        assertThatThrownBy(() -> IkmBand.of(new BigDecimal("24.99"))).hasMessageContaining("outside");
        assertThatThrownBy(() -> IkmBand.of(new BigDecimal("100.01"))).hasMessageContaining("outside");
    }

    /**
     * The gaps between bands: 5,000 respondents whose scores total 137,889 give exactly
     * 25 x 137889 / 45000 = 76.605, published as 76.61, so band B; one point less (137,888) gives 76.60444,
     * published as 76.60, band C. Likewise 158,949 gives exactly 88.305 -> 88.31 A, and 158,948 gives
     * 88.30444 -> 88.30 B.
     */
    @Test
    void theIndexIsRoundedToTwoDecimalsBeforeBanding() {
        assertThat(compute(5000, 137889)).satisfies(r -> {
            assertThat(r.ikm()).isEqualByComparingTo("76.61");
            assertThat(r.band()).isEqualTo(IkmBand.B);
        });
        assertThat(compute(5000, 137888)).satisfies(r -> {
            assertThat(r.ikm()).isEqualByComparingTo("76.60");
            assertThat(r.band()).isEqualTo(IkmBand.C);
        });
        assertThat(compute(5000, 158949)).satisfies(r -> {
            assertThat(r.ikm()).isEqualByComparingTo("88.31");
            assertThat(r.band()).isEqualTo(IkmBand.A);
        });
        assertThat(compute(5000, 158948)).satisfies(r -> {
            assertThat(r.ikm()).isEqualByComparingTo("88.30");
            assertThat(r.band()).isEqualTo(IkmBand.B);
        });
    }

    @Test
    void extremesAreTwentyFiveAndOneHundred() {
        long[] ones = new long[9];
        Arrays.fill(ones, 7);
        long[] fours = new long[9];
        Arrays.fill(fours, 28);
        assertThat(IkmCalculator.compute(7, ones).ikm()).isEqualByComparingTo("25.00");
        assertThat(IkmCalculator.compute(7, ones).band()).isEqualTo(IkmBand.D);
        assertThat(IkmCalculator.compute(7, fours).ikm()).isEqualByComparingTo("100.00");
        assertThat(IkmCalculator.compute(7, fours).band()).isEqualTo(IkmBand.A);
    }

    @Test
    void noRespondentsMeansNoIndex() {
        IkmResult result = IkmCalculator.compute(0, new long[9]);
        assertThat(result.ikm()).isNull();
        assertThat(result.band()).isNull();
        assertThat(result.elements()).hasSize(9).allSatisfy(e -> assertThat(e.nrr()).isNull());
    }

    @Test
    void impossibleSumsAreRefused() {
        long[] sums = SUMS_89_21.clone();
        sums[2] = 241;
        assertThatThrownBy(() -> IkmCalculator.compute(60, sums)).hasMessageContaining("U3");
        assertThatThrownBy(() -> IkmCalculator.compute(60, new long[8])).hasMessageContaining("nine");
    }

    /** n respondents whose scores total {@code total}, spread as evenly as possible over the nine elements. */
    private static IkmResult compute(long n, long total) {
        long[] sums = new long[9];
        Arrays.fill(sums, total / 9);
        for (int i = 0; i < total % 9; i++) {
            sums[i]++;
        }
        assertThat(Arrays.stream(sums).sum()).isEqualTo(total);
        return IkmCalculator.compute(n, sums);
    }
}
