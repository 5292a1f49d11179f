package id.slrt.caseengine.survey;

import java.math.BigDecimal;
import java.util.List;

/**
 * The index over a set of answers. {@code ikm} is rounded half-up to two decimals and {@code band} is taken from
 * that rounded value; both are null when nobody answered.
 */
public record IkmResult(long respondents, List<ElementScore> elements, BigDecimal ikm, IkmBand band) {

    /**
     * One element: {@code nrr} (mean score, 4 decimals), {@code weightedNrr} (NRR x 1/9, 4 decimals),
     * {@code convertedNrr} (NRR x 25, 2 decimals) and its band. Null values when nobody answered.
     */
    public record ElementScore(SurveyElement element, long sum, BigDecimal nrr, BigDecimal weightedNrr,
                               BigDecimal convertedNrr, IkmBand band) {
    }
}
