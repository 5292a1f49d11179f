package id.slrt.caseengine.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The supervisor dashboard's figures. Open, at-risk and breached count the open cases now; closed, on time and
 * the median time to close count the cases closed in the window (the last {@code weeks} office-calendar weeks,
 * Monday to Sunday, this week included).
 */
public record DashboardFigures(
        OffsetDateTime generatedAt,
        @Schema(description = "Regency code chosen with unit=; absent: every unit the caller may see") String unitCode,
        String unitName,
        @Schema(description = "Service type chosen with service=; absent: every service") String serviceType,
        String serviceName,
        int weeks,
        @Schema(description = "First day (a Monday) of the closing window") LocalDate windowStart,
        @Schema(description = "Last day (a Sunday) of the closing window") LocalDate windowEnd,
        Row total,
        List<Row> byService,
        @Schema(description = "Per unit: the regency of the case") List<Row> byUnit,
        @Schema(description = "Per caseworker: the current assignee of the case (no code: not taken yet)") List<Row> byCaseworker,
        @Schema(description = "Cases closed per week of the window, oldest first") List<Week> weekly) {

    /**
     * One line of figures.
     *
     * @param open               open cases
     * @param atRisk             open cases flagged at 75 % of a step's time whose deadline has not passed
     * @param breached           open cases with a step past its deadline
     * @param closed             cases closed in the window
     * @param closedOnTime       of those, cases that kept every step's deadline
     * @param onTimePercent      closedOnTime / closed x 100, one decimal; absent when nothing closed
     * @param medianHoursToClose median hours from opening to closing of the cases closed in the window
     */
    public record Row(String code, String name, long open, long atRisk, long breached, long closed,
                      long closedOnTime, BigDecimal onTimePercent, BigDecimal medianHoursToClose) {
    }

    /** One office-calendar week: {@code week} is its ISO code (2026-W48), {@code start} its Monday. */
    public record Week(String week, LocalDate start, String label, long closed, long closedOnTime,
                       BigDecimal onTimePercent) {
    }
}
