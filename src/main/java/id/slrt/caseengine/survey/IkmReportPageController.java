package id.slrt.caseengine.survey;

import id.slrt.caseengine.system.InvalidInputException;
import id.slrt.caseengine.system.OfficeClock;
import id.slrt.caseengine.system.PageFormats;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The IKM report page for supervisors: filters, charts, the published table layout, CSV and a print stylesheet. */
@Controller
@RequestMapping("/app/survey/ikm")
@PreAuthorize("hasAnyAuthority('supervisor','camunda-admin')")
public class IkmReportPageController {

    private final IkmReportService reports;
    private final OfficeClock clock;

    public IkmReportPageController(IkmReportService reports, OfficeClock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping
    public String page(@RequestParam(required = false) String period, @RequestParam(required = false) String unit,
                       @RequestParam(required = false) String service, Model model) {
        IkmReportService.Scope scope = reports.scope(period, unit, service);
        IkmReport report = reports.report(scope);
        List<IkmReport.TrendPoint> trend = reports.trend(scope,
                IkmReportService.defaultTrendLength(scope.period().type()));
        boolean byUnit = scope.unitCode() == null;
        model.addAttribute("report", report);
        model.addAttribute("bars", IkmCharts.nrrBars(report.elements()));
        model.addAttribute("line", IkmCharts.ikmLine(trend));
        model.addAttribute("breakdownTitle", byUnit ? "IKM per unit" : "IKM per layanan");
        model.addAttribute("breakdownColumn", byUnit ? "Unit" : "Layanan");
        model.addAttribute("breakdown", reports.breakdown(scope,
                byUnit ? IkmReportRepository.Dimension.UNIT : IkmReportRepository.Dimension.SERVICE));
        model.addAttribute("weightedTotal", report.elements().stream()
                .map(IkmReport.ElementRow::weightedNrr).filter(java.util.Objects::nonNull)
                .reduce(java.math.BigDecimal::add).orElse(null));
        filters(model, scope);
        model.addAttribute("fmt", new PageFormats(clock.zone()));
        model.addAttribute("chartWidth", IkmCharts.WIDTH);
        model.addAttribute("chartHeight", IkmCharts.HEIGHT);
        model.addAttribute("printedAt", clock.now());
        return "survey/report";
    }

    @GetMapping("/export.csv")
    public ResponseEntity<byte[]> csv(@RequestParam(required = false) String period,
                                      @RequestParam(required = false) String unit,
                                      @RequestParam(required = false) String service) {
        return IkmReportController.csvResponse(reports.report(reports.scope(period, unit, service)));
    }

    private void filters(Model model, IkmReportService.Scope scope) {
        var today = clock.now().toLocalDate();
        model.addAttribute("period", scope.period().code());
        model.addAttribute("unit", scope.unitCode());
        model.addAttribute("service", scope.serviceType());
        model.addAttribute("units", reports.unitOptions());
        model.addAttribute("services", reports.serviceOptions());
        model.addAttribute("quickPeriods", List.of(
                ReportPeriod.containing(ReportPeriod.Type.MONTH, today),
                ReportPeriod.containing(ReportPeriod.Type.MONTH, today).previous(),
                ReportPeriod.containing(ReportPeriod.Type.QUARTER, today),
                ReportPeriod.containing(ReportPeriod.Type.QUARTER, today).previous(),
                ReportPeriod.containing(ReportPeriod.Type.YEAR, today)));
    }

    /** Bad filter values: the page again with the reasons, not a JSON document. */
    @ExceptionHandler(InvalidInputException.class)
    public String invalid(InvalidInputException e, Model model, jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("issues", e.issues());
        return "survey/report-invalid";
    }
}
