package id.slrt.caseengine.survey;

import id.slrt.caseengine.system.NotFoundException;
import id.slrt.caseengine.system.OfficeClock;
import id.slrt.caseengine.system.PageFormats;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Front office: print a survey code slip for a citizen whose case has closed (walk-in, Puskesos, lost link). */
@Controller
@RequestMapping("/app/survey/invitations/{registrationNumber}")
@PreAuthorize("hasAnyAuthority('front-office','caseworker','supervisor','camunda-admin')")
public class SurveySlipPageController {

    private final SurveyInvitationService invitations;
    private final OfficeClock clock;

    public SurveySlipPageController(SurveyInvitationService invitations, OfficeClock clock) {
        this.invitations = invitations;
        this.clock = clock;
    }

    @GetMapping
    public String status(@PathVariable String registrationNumber, Model model) {
        model.addAttribute("status", invitations.status(registrationNumber));
        model.addAttribute("fmt", new PageFormats(clock.zone()));
        return "survey/invitation";
    }

    @PostMapping
    public String print(@PathVariable String registrationNumber, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("slip", invitations.issuePrintedCode(registrationNumber));
        model.addAttribute("fmt", new PageFormats(clock.zone()));
        return "survey/slip";
    }

    @ExceptionHandler({SurveyConflictException.class, NotFoundException.class})
    public String refused(RuntimeException e, Model model, HttpServletResponse response) {
        response.setStatus(e instanceof NotFoundException ? HttpStatus.NOT_FOUND.value() : HttpStatus.CONFLICT.value());
        model.addAttribute("message", e.getMessage());
        return "survey/invitation-refused";
    }
}
