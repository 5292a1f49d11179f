package id.slrt.caseengine.puskesos;

import id.slrt.caseengine.step.GenericStep;
import id.slrt.caseengine.system.OfficeClock;
import id.slrt.caseengine.step.CaseContext;
import id.slrt.caseengine.casefile.CaseStatusService;
import id.slrt.caseengine.step.StepInputs;
import id.slrt.caseengine.system.CurrentActor;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Rujuk ke instansi" (bean {@code recordAgencyReferral}). Inputs: {@code needCategory}, {@code agencyCode},
 * {@code agencyName} (required; usually from the DMN table {@code puskesosReferralAgency}). Records the referral,
 * sets the case status REFERRED. Kept in this package on purpose: a generic referral module may take it over.
 */
@Component("recordAgencyReferral")
@GenericStep(requires = {"needCategory", "agencyCode", "agencyName"})
public class RecordAgencyReferralDelegate implements JavaDelegate {

    private final AgencyReferralRepository referrals;
    private final CaseStatusService statuses;
    private final OfficeClock clock;
    private final CurrentActor actor;

    public RecordAgencyReferralDelegate(AgencyReferralRepository referrals, CaseStatusService statuses,
                                        OfficeClock clock, CurrentActor actor) {
        this.referrals = referrals;
        this.statuses = statuses;
        this.clock = clock;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = CaseContext.caseId(execution);
        String need = StepInputs.required(execution, "needCategory");
        String code = StepInputs.required(execution, "agencyCode");
        String name = StepInputs.required(execution, "agencyName");
        referrals.refer(caseId, need, code, name, clock.now(), actor.name());
        statuses.changeStatus(caseId, "REFERRED", "Dirujuk ke " + name);
        statuses.record(caseId, "REFERRED_TO_AGENCY", execution.getCurrentActivityName(),
                Map.of("agencyCode", code, "agencyName", name, "needCategory", need));
    }
}
