package id.slrt.caseengine.puskesos;

import id.slrt.caseengine.step.GenericStep;
import id.slrt.caseengine.system.OfficeClock;
import id.slrt.caseengine.step.CaseContext;
import id.slrt.caseengine.casefile.CaseStatusService;
import id.slrt.caseengine.step.StepInputs;
import id.slrt.caseengine.system.CurrentActor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Catat jawaban instansi" (bean {@code recordAgencyAnswer}). Inputs: {@code decision} (ACCEPTED or
 * REJECTED), {@code reference} (the agency's letter or registration number), {@code note}. Closes the open
 * referral of the case with the agency's answer.
 */
@Component("recordAgencyAnswer")
@GenericStep(requires = "decision", accepts = {"reference", "note"})
public class RecordAgencyAnswerDelegate implements JavaDelegate {

    private final AgencyReferralRepository referrals;
    private final CaseStatusService statuses;
    private final OfficeClock clock;
    private final CurrentActor actor;

    public RecordAgencyAnswerDelegate(AgencyReferralRepository referrals, CaseStatusService statuses,
                                      OfficeClock clock, CurrentActor actor) {
        this.referrals = referrals;
        this.statuses = statuses;
        this.clock = clock;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = CaseContext.caseId(execution);
        String decision = StepInputs.required(execution, "decision");
        if (!decision.equals("ACCEPTED") && !decision.equals("REJECTED")) {
            throw new IllegalStateException("decision must be ACCEPTED or REJECTED, not " + decision);
        }
        String reference = StepInputs.optional(execution, "reference");
        String note = StepInputs.optional(execution, "note");
        AgencyReferralRepository.Referral referral = referrals.openReferral(caseId)
                .orElseThrow(() -> new IllegalStateException("Case " + caseId + " has no open agency referral"));
        referrals.answer(referral.id(), decision, reference, note, clock.now(), actor.name());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("agencyCode", referral.agencyCode());
        details.put("decision", decision);
        if (reference != null) {
            details.put("reference", reference);
        }
        statuses.record(caseId, "AGENCY_ANSWER_RECORDED", execution.getCurrentActivityName(), details);
    }
}
