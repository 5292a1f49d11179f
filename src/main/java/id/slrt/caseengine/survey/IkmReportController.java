package id.slrt.caseengine.survey;

import id.slrt.caseengine.system.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/survey/ikm")
@Tag(name = "Indeks kepuasan (IKM)", description = "Satisfaction index per unit, service and period "
        + "(PermenPAN-RB 14/2017): IKM = (sum of NRR x 1/9) x 25, rounded half-up to two decimals, then banded "
        + "A 88.31-100.00, B 76.61-88.30, C 65.00-76.60, D 25.00-64.99")
@PreAuthorize("hasAnyAuthority('supervisor','camunda-admin')")
public class IkmReportController {

    static final String PERIOD_DOC = "2026-11 (month), 2026-Q3 (quarter) or 2026 (year); default: the current month";
    static final String UNIT_DOC = "Regency code of the office handling the cases (case_file.region_code), e.g. 3516; default: all units";
    static final String SERVICE_DOC = "Service type, e.g. COMPLAINT; default: all services";

    private final IkmReportService reports;

    public IkmReportController(IkmReportService reports) {
        this.reports = reports;
    }

    @GetMapping(produces = "application/json")
    @Operation(summary = "IKM report of a unit, service and period",
            description = "NRR and weighted NRR per element, IKM, band, respondents, people served (cases closed), "
                    + "the Krejcie-Morgan minimum sample and whether it is met, the respondent profile and suggestions. "
                    + "Answers count in the period their case was closed.")
    public IkmReport report(@Parameter(description = PERIOD_DOC) @RequestParam(required = false) String period,
                            @Parameter(description = UNIT_DOC) @RequestParam(required = false) String unit,
                            @Parameter(description = SERVICE_DOC) @RequestParam(required = false) String service) {
        return reports.report(reports.scope(period, unit, service));
    }

    @GetMapping(value = "/breakdown", produces = "application/json")
    @Operation(summary = "IKM of every unit or every service in a period",
            description = "by=UNIT lists each unit (regency) with closed cases or answers; by=SERVICE each service.")
    public List<IkmReport.BreakdownRow> breakdown(
            @Parameter(description = PERIOD_DOC) @RequestParam(required = false) String period,
            @Parameter(description = UNIT_DOC) @RequestParam(required = false) String unit,
            @Parameter(description = SERVICE_DOC) @RequestParam(required = false) String service,
            @Parameter(description = "UNIT or SERVICE") @RequestParam(defaultValue = "UNIT") String by) {
        return reports.breakdown(reports.scope(period, unit, service), dimension(by));
    }

    @GetMapping(value = "/trend", produces = "application/json")
    @Operation(summary = "IKM over consecutive periods",
            description = "The IKM of `count` periods of the same kind ending with `period`, oldest first "
                    + "(default 12 months, 8 quarters or 5 years; at most 36).")
    public List<IkmReport.TrendPoint> trend(
            @Parameter(description = PERIOD_DOC) @RequestParam(required = false) String period,
            @Parameter(description = UNIT_DOC) @RequestParam(required = false) String unit,
            @Parameter(description = SERVICE_DOC) @RequestParam(required = false) String service,
            @Parameter(description = "Number of periods, 1-36") @RequestParam(required = false) Integer count) {
        IkmReportService.Scope scope = reports.scope(period, unit, service);
        return reports.trend(scope, count == null ? IkmReportService.defaultTrendLength(scope.period().type()) : count);
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    @Operation(summary = "IKM report as CSV", description = "The report in long form: columns bagian, kode, uraian, "
            + "nilai, tambahan (weighted NRR or percentage), mutu. UTF-8 with a byte order mark.")
    public ResponseEntity<byte[]> csv(@Parameter(description = PERIOD_DOC) @RequestParam(required = false) String period,
                                      @Parameter(description = UNIT_DOC) @RequestParam(required = false) String unit,
                                      @Parameter(description = SERVICE_DOC) @RequestParam(required = false) String service) {
        return csvResponse(reports.report(reports.scope(period, unit, service)));
    }

    static ResponseEntity<byte[]> csvResponse(IkmReport report) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(IkmCsv.fileName(report)).build().toString())
                .body(IkmCsv.render(report).getBytes(StandardCharsets.UTF_8));
    }

    static IkmReportRepository.Dimension dimension(String by) {
        try {
            return IkmReportRepository.Dimension.valueOf(by.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("by", "NOT_ALLOWED", "nilai '" + by + "' tidak dikenal; pilihan: UNIT, SERVICE");
        }
    }
}
