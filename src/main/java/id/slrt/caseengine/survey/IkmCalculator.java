package id.slrt.caseengine.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * NRR and IKM per PermenPAN-RB 14/2017: NRR of an element = mean score; IKM = (sum of NRR x 1/9) x 25.
 *
 * <p>Every respondent answers all nine elements, so the IKM equals 25 x T / (9 x n), with T the sum of all
 * scores and n the number of respondents. It is computed as that exact fraction and rounded once, half-up, to
 * two decimals: no intermediate rounding, and the weight is exactly 1/9, not the regulation's worked 0.111
 * (which lowers every IKM by 0.1 %, about 0.09 points at IKM 89).
 */
public final class IkmCalculator {

    static final int NRR_SCALE = 4;
    private static final BigDecimal NINE = BigDecimal.valueOf(9);
    private static final BigDecimal CONVERSION = BigDecimal.valueOf(25);

    private IkmCalculator() {
    }

    /**
     * @param respondents number of answers
     * @param elementSums sum of the scores per element, U1 to U9
     * @return the index, or a result with no IKM when there are no respondents
     */
    public static IkmResult compute(long respondents, long[] elementSums) {
        if (elementSums.length != SurveyElement.values().length) {
            throw new IllegalArgumentException("Need nine element sums, got " + elementSums.length);
        }
        if (respondents < 0) {
            throw new IllegalArgumentException("Negative number of respondents");
        }
        List<IkmResult.ElementScore> elements = new ArrayList<>();
        long total = 0;
        for (SurveyElement element : SurveyElement.values()) {
            long sum = elementSums[element.ordinal()];
            if (respondents > 0 && (sum < respondents || sum > 4 * respondents)) {
                throw new IllegalArgumentException(element + ": sum " + sum + " impossible for " + respondents
                        + " answers on a 1-4 scale");
            }
            total += sum;
            elements.add(respondents == 0 ? new IkmResult.ElementScore(element, 0, null, null, null, null)
                    : score(element, sum, respondents));
        }
        if (respondents == 0) {
            return new IkmResult(0, elements, null, null);
        }
        BigDecimal n = BigDecimal.valueOf(respondents);
        BigDecimal ikm = CONVERSION.multiply(BigDecimal.valueOf(total))
                .divide(NINE.multiply(n), 2, RoundingMode.HALF_UP);
        return new IkmResult(respondents, elements, ikm, IkmBand.of(ikm));
    }

    private static IkmResult.ElementScore score(SurveyElement element, long sum, long respondents) {
        BigDecimal s = BigDecimal.valueOf(sum);
        BigDecimal n = BigDecimal.valueOf(respondents);
        BigDecimal nrr = s.divide(n, NRR_SCALE, RoundingMode.HALF_UP);
        BigDecimal weighted = s.divide(NINE.multiply(n), NRR_SCALE, RoundingMode.HALF_UP);
        // An element's own quality band: its NRR converted to the 25-100 scale (x 25), banded like the IKM.
        BigDecimal converted = CONVERSION.multiply(s).divide(n, 2, RoundingMode.HALF_UP);
        return new IkmResult.ElementScore(element, sum, nrr, weighted, converted, IkmBand.of(converted));
    }
}
