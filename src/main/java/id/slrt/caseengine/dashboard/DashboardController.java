package id.slrt.caseengine.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/dashboard")
@Tag(name = "Dasbor supervisor", description = "Open, at-risk and breached cases, closures on time and the median "
        + "time to close, per service, unit (regency) and caseworker, over the regencies the caller works")
@PreAuthorize("hasAnyAuthority('supervisor','camunda-admin')")
public class DashboardController {

    static final String UNIT_DOC = "Regency code of the case (case_file.region_code), e.g. 3516; must be one of the "
            + "caller's regencies; default: all of them";
    static final String SERVICE_DOC = "Service type, e.g. COMPLAINT; default: all services";
    static final String WEEKS_DOC = "Closing window in office-calendar weeks, this week included, 1-52; default 12";

    private final DashboardService dashboard;

    public DashboardController(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping(produces = "application/json")
    @Operation(summary = "Dashboard figures",
            description = "open: open cases; atRisk: open cases flagged at 75 % of a step's time, deadline not passed; "
                    + "breached: open cases with a step past its deadline; closed / closedOnTime / onTimePercent / "
                    + "medianHoursToClose: cases closed in the window (on time: every step done by its deadline); "
                    + "weekly: closures per week.")
    public DashboardFigures figures(@Parameter(description = UNIT_DOC) @RequestParam(required = false) String unit,
                                    @Parameter(description = SERVICE_DOC) @RequestParam(required = false) String service,
                                    @Parameter(description = WEEKS_DOC) @RequestParam(required = false) String weeks) {
        return dashboard.figures(dashboard.scope(unit, service, weeks));
    }

    @GetMapping(value = "/breached", produces = "application/json")
    @Operation(summary = "Open cases past a deadline, most overdue first",
            description = "Per case its earliest-due step past the deadline, with links to the task in Tasklist and "
                    + "the process instance in Cockpit.")
    public List<BreachedCase> breached(@Parameter(description = UNIT_DOC) @RequestParam(required = false) String unit,
                                       @Parameter(description = SERVICE_DOC) @RequestParam(required = false) String service,
                                       @Parameter(description = "At most this many cases, 1-10000; default 200")
                                       @RequestParam(required = false) Integer limit) {
        DashboardService.Scope scope = dashboard.scope(unit, service, null);
        return dashboard.breached(scope, DashboardService.listLimit(limit, DashboardService.DEFAULT_LIST));
    }

    @GetMapping(value = "/figures.csv", produces = "text/csv")
    @Operation(summary = "Dashboard figures as CSV", description = "Columns bagian (total, layanan, unit, petugas, "
            + "minggu), kode, nama, kasus_terbuka, berisiko, lewat_tenggat, selesai, selesai_tepat_waktu, "
            + "persen_tepat_waktu, median_jam_selesai. UTF-8 with a byte order mark.")
    public ResponseEntity<byte[]> figuresCsv(@Parameter(description = UNIT_DOC) @RequestParam(required = false) String unit,
                                             @Parameter(description = SERVICE_DOC) @RequestParam(required = false) String service,
                                             @Parameter(description = WEEKS_DOC) @RequestParam(required = false) String weeks) {
        DashboardFigures figures = dashboard.figures(dashboard.scope(unit, service, weeks));
        return DashboardCsv.response(DashboardCsv.figuresFileName(figures), DashboardCsv.figures(figures));
    }

    @GetMapping(value = "/breached.csv", produces = "text/csv")
    @Operation(summary = "Open cases past a deadline as CSV", description = "Every such case (at most 10000).")
    public ResponseEntity<byte[]> breachedCsv(@Parameter(description = UNIT_DOC) @RequestParam(required = false) String unit,
                                              @Parameter(description = SERVICE_DOC) @RequestParam(required = false) String service) {
        DashboardService.Scope scope = dashboard.scope(unit, service, null);
        return DashboardCsv.response("kasus-lewat-tenggat.csv",
                DashboardCsv.breached(dashboard.breached(scope, DashboardService.MAX_LIST)));
    }
}
