package id.slrt.caseengine.referral;

import id.slrt.caseengine.step.CaseContext;
import id.slrt.caseengine.step.GenericStep;
import id.slrt.caseengine.step.StepInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Catat hasil rujukan" (bean {@code recordReferralOutcome}). Inputs: {@code outcome} (SUCCESSFUL or
 * UNSUCCESSFUL), {@code reasonCode} (required when unsuccessful: CLIENT_REFUSED, LACK_OF_CAPACITY,
 * NO_LONGER_NEEDED, UNABLE_TO_CONTACT_CLIENT, UNABLE_TO_CONTACT_AGENCY, AGENCY_DECLINED), {@code note},
 * {@code reference} (the agency's letter or registration number). Closes the referral in
 * {@code referralId} (or the case's latest open one) and sets {@code referralSuccessful}.
 */
@Component("recordReferralOutcome")
@GenericStep(requires = "outcome", accepts = {"reasonCode", "note", "reference"}, produces = "referralSuccessful")
public class RecordReferralOutcomeDelegate implements JavaDelegate {

    private final ReferralService referrals;

    public RecordReferralOutcomeDelegate(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean successful = referrals.close(CaseContext.caseId(execution),
                StepInputs.optionalLong(execution, "referralId"), StepInputs.required(execution, "outcome"),
                StepInputs.optional(execution, "reasonCode"), StepInputs.optional(execution, "note"),
                StepInputs.optional(execution, "reference"));
        execution.getProcessInstance().setVariable("referralSuccessful", successful);
    }
}
