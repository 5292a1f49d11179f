package id.slrt.caseengine.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Minimum sample size for a population of N people served, Krejcie and Morgan (1970), as PermenPAN-RB 14/2017
 * prescribes: s = X^2 N P (1 - P) / (d^2 (N - 1) + X^2 P (1 - P)) with X^2 = 3.841 (one degree of freedom,
 * 95 %), P = 0.5 and d = 0.05, rounded half-up to a whole respondent as in Krejcie and Morgan's published
 * table (N = 15 needs 14, N = 40 needs 36; rounding up instead would give 15 and 37, and 385 for very large N
 * where the table stops at 384). N = 100 needs 80, 1,000 needs 278, 10,000 needs 370, 1,000,000 needs 384.
 */
public final class KrejcieMorgan {

    private static final BigDecimal CHI_SQUARE = new BigDecimal("3.841");
    private static final BigDecimal P_Q = new BigDecimal("0.25");
    private static final BigDecimal D_SQUARED = new BigDecimal("0.0025");

    private KrejcieMorgan() {
    }

    public static long requiredSample(long population) {
        if (population < 0) {
            throw new IllegalArgumentException("Negative population");
        }
        if (population == 0) {
            return 0;
        }
        BigDecimal n = BigDecimal.valueOf(population);
        BigDecimal chiPq = CHI_SQUARE.multiply(P_Q);
        BigDecimal numerator = chiPq.multiply(n);
        BigDecimal denominator = D_SQUARED.multiply(n.subtract(BigDecimal.ONE)).add(chiPq);
        return numerator.divide(denominator, 0, RoundingMode.HALF_UP).longValueExact();
    }
}
