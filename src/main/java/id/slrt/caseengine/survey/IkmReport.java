package id.slrt.caseengine.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The satisfaction index of one unit (or all units), one service (or all) and one period, in the layout offices
 * publish: the nine elements with NRR and weighted NRR, the IKM and its band, the respondents against the
 * Krejcie-Morgan sample for the people served, the respondent profile and the suggestions.
 *
 * @param unitCode       regency code of the office handling the cases, null for all units
 * @param peopleServed   cases closed in the unit, service and period
 * @param requiredSample Krejcie-Morgan minimum for {@code peopleServed}
 * @param ikm            rounded half-up to two decimals; null without respondents
 */
public record IkmReport(String unitCode, String unitName, String serviceType, String serviceName,
                        String period, String periodLabel, LocalDate firstDay, LocalDate lastDay,
                        long respondents, List<ElementRow> elements, BigDecimal ikm, IkmBand band, String bandLabel,
                        long peopleServed, long requiredSample, boolean sampleSufficient,
                        List<ProfileGroup> profile, List<String> suggestions) {

    /** One element: NRR (mean, 4 decimals), weighted NRR (NRR x 1/9), NRR x 25 and the element's own band. */
    public record ElementRow(String code, String title, BigDecimal nrr, BigDecimal weightedNrr,
                             BigDecimal convertedNrr, IkmBand band) {
    }

    public record ProfileGroup(String question, String title, List<ProfileCount> counts) {
    }

    /** {@code code} null is "Tidak diisi" (the respondent left it empty); percent of all respondents, 1 decimal. */
    public record ProfileCount(String code, String label, long count, BigDecimal percent) {
    }

    /** A row of the per-unit or per-service table. */
    public record BreakdownRow(String code, String name, long respondents, long peopleServed, long requiredSample,
                               boolean sampleSufficient, BigDecimal ikm, IkmBand band) {
    }

    /** The IKM of one period in a series. */
    public record TrendPoint(String period, String label, long respondents, BigDecimal ikm, IkmBand band) {
    }
}
