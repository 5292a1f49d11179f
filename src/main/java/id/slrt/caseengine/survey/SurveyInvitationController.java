package id.slrt.caseengine.survey;

import id.slrt.caseengine.system.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases/{registrationNumber}/survey-invitation")
@Tag(name = "Survei kepuasan (SKM)", description = "Invitations to the citizen satisfaction survey")
@PreAuthorize("hasAnyAuthority('front-office','caseworker','supervisor','camunda-admin')")
public class SurveyInvitationController {

    private final SurveyInvitationService invitations;

    public SurveyInvitationController(SurveyInvitationService invitations) {
        this.invitations = invitations;
    }

    @GetMapping(produces = "application/json")
    @Operation(summary = "Survey invitation of a case",
            description = "How the citizen was invited when the case closed (LINK by WhatsApp/SMS or PRINTED_CODE), "
                    + "until when the link or printed code works and whether the survey was answered. Never returns "
                    + "a secret: only hashes are stored.")
    public SurveyInvitationService.InvitationStatus status(@PathVariable String registrationNumber) {
        return invitations.status(registrationNumber);
    }

    @PostMapping(value = "/printed-code", produces = "application/json")
    @Operation(summary = "Print a survey code for the citizen",
            description = "Issues a new 12-character survey code for a closed case (walk-in and Puskesos cases, or a "
                    + "citizen who lost the link). The code is returned once; a previously printed code stops working. "
                    + "409 when the case is still open or the survey was already answered.")
    public SurveyInvitationService.PrintedCode printCode(@PathVariable String registrationNumber) {
        return invitations.issuePrintedCode(registrationNumber);
    }

    @ExceptionHandler(SurveyConflictException.class)
    public ResponseEntity<ProblemDetail> conflict(SurveyConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.CONFLICT, "survey-conflict", "Tidak dapat diproses", e.getMessage()));
    }
}
