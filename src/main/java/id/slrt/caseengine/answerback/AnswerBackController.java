package id.slrt.caseengine.answerback;

import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.casefile.CaseViewService;
import id.slrt.caseengine.system.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A caseworker marks the citizen's reply as dissatisfied when it lacks the keyword ("masih belum cair"). */
@RestController
@RequestMapping("/api/cases/{registrationNumber}/dissatisfied-reply")
@Tag(name = "Cases")
@PreAuthorize("hasAnyAuthority('caseworker','supervisor','camunda-admin')")
public class AnswerBackController {

    private final CaseViewService views;
    private final CaseFileRepository cases;
    private final AnswerBackService answerBack;

    public AnswerBackController(CaseViewService views, CaseFileRepository cases, AnswerBackService answerBack) {
        this.views = views;
        this.cases = cases;
        this.answerBack = answerBack;
    }

    @PostMapping(produces = "application/json")
    @Operation(summary = "Mark the citizen's reply to the final answer as dissatisfied: the case reopens")
    public Map<String, Object> mark(@PathVariable String registrationNumber) {
        views.view(registrationNumber); // region and confidentiality access, audited; 404 otherwise
        long caseId = cases.findByRegistrationNumber(registrationNumber).orElseThrow().id();
        if (!answerBack.dissatisfied(caseId, "CASEWORKER")) {
            throw new InvalidInputException("registrationNumber", "NOT_AWAITING_ANSWER",
                    "kasus ini tidak sedang menunggu tanggapan warga atas jawaban akhir");
        }
        return Map.of("registrationNumber", registrationNumber, "reopened", true);
    }
}
