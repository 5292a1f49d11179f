package id.slrt.caseengine.referral;

import id.slrt.caseengine.step.CaseContext;
import id.slrt.caseengine.step.GenericStep;
import id.slrt.caseengine.step.StepInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Rujuk ke instansi" (bean {@code referToAgency}). Inputs: {@code agencyCode} (a code of
 * {@code slrt.agency}), {@code purpose}, {@code consent} (GIVEN or OVERRIDDEN, usually from the caseworker's
 * form), {@code consentOverrideReason} (required when OVERRIDDEN). Sets {@code referralId} and
 * {@code referralAgencyName} for the steps that follow.
 */
@Component("referToAgency")
@GenericStep(requires = {"agencyCode", "purpose", "consent"}, accepts = "consentOverrideReason",
        produces = {"referralId", "referralAgencyName"})
public class ReferToAgencyDelegate implements JavaDelegate {

    private final ReferralService referrals;

    public ReferToAgencyDelegate(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReferralService.Opened opened = referrals.refer(CaseContext.caseId(execution),
                StepInputs.required(execution, "agencyCode"), StepInputs.required(execution, "purpose"),
                StepInputs.required(execution, "consent"), StepInputs.optional(execution, "consentOverrideReason"));
        execution.getProcessInstance().setVariable("referralId", opened.referralId());
        execution.getProcessInstance().setVariable("referralAgencyName", opened.agencyName());
    }
}
