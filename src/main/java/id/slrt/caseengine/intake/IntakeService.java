package id.slrt.caseengine.intake;

import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.casefile.CaseRecord;
import id.slrt.caseengine.casefile.CaseRegistrationService;
import id.slrt.caseengine.casefile.CaseVariables;
import id.slrt.caseengine.identity.RegionDirectory;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a case: validation, case file, event log and process start to its first wait state happen in one
 * transaction, so a failure leaves nothing behind and the registration number is not used up.
 */
@Service
public class IntakeService {

    static final String CATEGORY = "category";

    private final IntakeValidator validator;
    private final CaseRegistrationService registration;
    private final CaseFileRepository cases;
    private final RegionDirectory regions;
    private final RuntimeService runtime;

    public IntakeService(IntakeValidator validator, CaseRegistrationService registration, CaseFileRepository cases,
                         RegionDirectory regions, RuntimeService runtime) {
        this.validator = validator;
        this.registration = registration;
        this.cases = cases;
        this.regions = regions;
        this.runtime = runtime;
    }

    @Transactional
    public IntakeResult open(CaseIntakeRequest request, String user) {
        IntakeValidator.ValidIntake intake = validator.validate(request, user);
        var registered = registration.register(intake.newCase(), intake.warnings());
        Map<String, Object> variables = CaseVariables.of(registered.caseId(), registered.registrationNumber(),
                intake.newCase(), regions.nameOf(intake.newCase().regionCode()));
        // Read by the diagram's classifyCase step (null: the caseworker classifies at triage).
        variables.put(CATEGORY, IntakeValidator.trimToNull(request.category()));
        ProcessInstance instance = runtime.createProcessInstanceByKey(intake.newCase().processKey())
                .businessKey(registered.registrationNumber())
                .setVariables(variables)
                .execute();
        CaseRecord saved = cases.findById(registered.caseId()).orElseThrow();
        return new IntakeResult(saved.registrationNumber(), saved.status(), saved.statusLabel(), saved.currentStep(),
                saved.currentDeadline(), instance.getId(), intake.warnings());
    }
}
