package id.slrt.caseengine.casefile;

import id.slrt.caseengine.catalogue.ServiceLabels;
import id.slrt.caseengine.documents.CaseDocuments;
import id.slrt.caseengine.system.NotFoundException;
import id.slrt.caseengine.system.OfficeClock;
import id.slrt.caseengine.system.PageFormats;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The case file as a page for staff: the same {@link CaseView} as {@code GET /api/cases/{n}} (regional scoping,
 * reporter confidentiality), so the page never shows more personal data than the API. Every value is printed
 * escaped.
 */
@Controller
@RequestMapping("/app/cases/{registrationNumber}")
@PreAuthorize("hasAnyAuthority('front-office','caseworker','supervisor','opd-liaison','camunda-admin')")
public class CasePageController {

    private final CaseViewService views;
    private final ServiceLabels services;
    private final OfficeClock clock;
    private final CaseDocuments documents;

    public CasePageController(CaseViewService views, ServiceLabels services, OfficeClock clock,
                              CaseDocuments documents) {
        this.documents = documents;
        this.views = views;
        this.services = services;
        this.clock = clock;
    }

    @GetMapping
    public String page(@PathVariable String registrationNumber, Model model, HttpServletResponse response,
                       Authentication authentication) {
        response.setHeader("Cache-Control", "no-store");
        CaseView view = views.view(registrationNumber);
        boolean closed = view.closedAt() != null;
        model.addAttribute("c", view);
        model.addAttribute("closed", closed);
        model.addAttribute("overdue", !closed && view.currentDeadline() != null
                && view.currentDeadline().isBefore(clock.now()));
        model.addAttribute("serviceName", services.labelOf(view.serviceType()));
        model.addAttribute("supervisor", authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("supervisor") || a.getAuthority().equals("camunda-admin")));
        model.addAttribute("labels", new CasePageLabels());
        model.addAttribute("fmt", new PageFormats(clock.zone()));
        // The documents section (templates/documents/section.html), from the documents feature.
        model.addAttribute("documents", documents.list(registrationNumber));
        model.addAttribute("documentKinds", documents.kinds());
        return "casefile/case";
    }

    @ExceptionHandler(NotFoundException.class)
    public String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("message", e.getMessage());
        return "casefile/not-found";
    }
}
