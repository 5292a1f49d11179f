package id.slrt.caseengine.dashboard;

import id.slrt.caseengine.system.InvalidInputException;
import id.slrt.caseengine.system.PageFormats;
import jakarta.servlet.http.HttpServletResponse;
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

/** The supervisor dashboard page: figures, the weekly on-time chart, the breached list and CSV downloads. */
@Controller
@RequestMapping("/app/dashboard")
@PreAuthorize("hasAnyAuthority('supervisor','camunda-admin')")
public class DashboardPageController {

    /** Breached cases listed on the page; the CSV has them all. */
    static final int PAGE_LIST = 100;

    private final DashboardService dashboard;

    private final PpksReport ppks;

    public DashboardPageController(DashboardService dashboard, PpksReport ppks) {
        this.ppks = ppks;
        this.dashboard = dashboard;
    }

    @GetMapping
    public String page(@RequestParam(required = false) String unit, @RequestParam(required = false) String service,
                       @RequestParam(required = false) String weeks, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        DashboardService.Scope scope = dashboard.scope(unit, service, weeks);
        DashboardFigures figures = dashboard.figures(scope);
        List<DashboardService.Option> units = dashboard.unitOptions(scope);
        if (units.isEmpty()) {
            units = figures.byUnit().stream().map(r -> new DashboardService.Option(r.code(), r.name())).toList();
        }
        model.addAttribute("figures", figures);
        model.addAttribute("ppksCounts", ppks.countsByType());
        model.addAttribute("breached", dashboard.breached(scope, PAGE_LIST));
        model.addAttribute("undelivered", dashboard.undeliveredMessages(scope));
        model.addAttribute("reopened", dashboard.reopenedCases(scope, figures.windowStart()));
        model.addAttribute("chart", DashboardCharts.onTimeShare(figures.weekly()));
        model.addAttribute("chartWidth", DashboardCharts.WIDTH);
        model.addAttribute("chartHeight", DashboardCharts.HEIGHT);
        model.addAttribute("units", units);
        model.addAttribute("services", dashboard.serviceOptions());
        model.addAttribute("unit", scope.unitCode());
        model.addAttribute("service", scope.serviceType());
        model.addAttribute("weeks", scope.weeks());
        model.addAttribute("pageList", PAGE_LIST);
        model.addAttribute("fmt", new PageFormats(dashboard.zone()));
        return "dashboard/dashboard";
    }

    @GetMapping("/figures.csv")
    public ResponseEntity<byte[]> figuresCsv(@RequestParam(required = false) String unit,
                                             @RequestParam(required = false) String service,
                                             @RequestParam(required = false) String weeks) {
        DashboardFigures figures = dashboard.figures(dashboard.scope(unit, service, weeks));
        return DashboardCsv.response(DashboardCsv.figuresFileName(figures), DashboardCsv.figures(figures));
    }

    @GetMapping("/breached.csv")
    public ResponseEntity<byte[]> breachedCsv(@RequestParam(required = false) String unit,
                                              @RequestParam(required = false) String service) {
        DashboardService.Scope scope = dashboard.scope(unit, service, null);
        return DashboardCsv.response("kasus-lewat-tenggat.csv",
                DashboardCsv.breached(dashboard.breached(scope, DashboardService.MAX_LIST)));
    }

    /** Bad filter values: a page with the reasons, not a JSON document. */
    @ExceptionHandler(InvalidInputException.class)
    public String invalid(InvalidInputException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("issues", e.issues());
        return "dashboard/invalid";
    }
}
