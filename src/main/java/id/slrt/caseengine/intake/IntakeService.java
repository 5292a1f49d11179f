package id.slrt.caseengine.intake;

import id.slrt.caseengine.casefile.CaseBinding;
import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.casefile.CaseRecord;
import id.slrt.caseengine.casefile.CaseRegistrationService;
import id.slrt.caseengine.casefile.NewCase;
import id.slrt.caseengine.forms.TaskInputGuard;
import id.slrt.caseengine.identity.RegionDirectory;
import id.slrt.caseengine.security.region.CaseAccess;
import id.slrt.caseengine.step.CaseVariables;
import id.slrt.caseengine.system.InvalidInputException;
import id.slrt.caseengine.system.Texts;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door every case comes in by (the API, Tasklist start forms, citizen channels, linked cases): validation,
 * the region check, case file, event log and process start to its first wait state happen in one transaction, so
 * a failure leaves nothing behind and the registration number is not used up. Only here is a process bound to
 * its case file ({@link CaseBinding}).
 */
@Service
public class IntakeService {

    static final String CATEGORY = "category";

    private final IntakeValidator validator;
    private final CaseRegistrationService registration;
    private final CaseFileRepository cases;
    private final RegionDirectory regions;
    private final RuntimeService runtime;
    private final CaseAccess access;

    public IntakeService(IntakeValidator validator, CaseRegistrationService registration, CaseFileRepository cases,
                         RegionDirectory regions, RuntimeService runtime, CaseAccess access) {
        this.validator = validator;
        this.registration = registration;
        this.cases = cases;
        this.regions = regions;
        this.runtime = runtime;
        this.access = access;
    }

    /** Opens a case and starts the latest version of its service's process. */
    @Transactional
    public IntakeResult open(CaseIntakeRequest request, String user) {
        return open(check(request, user), request);
    }

    /** Opens a case {@link #check checked} before (a channel answers a refusal itself, outside this transaction). */
    @Transactional
    public IntakeResult open(IntakeValidator.ValidIntake intake, CaseIntakeRequest request) {
        ProcessInstance instance = start(intake, request,
                runtime.createProcessInstanceByKey(intake.newCase().processKey()), Map.of());
        CaseRecord saved = cases.findByRegistrationNumber(instance.getBusinessKey()).orElseThrow();
        return new IntakeResult(saved.registrationNumber(), saved.status(), saved.statusLabel(), saved.currentStep(),
                saved.currentDeadline(), instance.getId(), intake.warnings());
    }

    /**
     * Opens a case from a start form of the process version {@code processDefinitionId}, with the form's own fields
     * (those that are not the case file's) as process variables.
     */
    @Transactional
    public ProcessInstance openStarted(CaseIntakeRequest request, String user, String processDefinitionId,
                                       Map<String, Object> processVariables) {
        Set<String> binding = new TreeSet<>(processVariables.keySet());
        binding.retainAll(CaseVariables.BINDING);
        if (!binding.isEmpty()) {
            throw new IllegalStateException("A start form may not carry " + binding);
        }
        IntakeValidator.ValidIntake intake = check(request, user);
        return start(intake, request, runtime.createProcessInstanceById(processDefinitionId), processVariables);
    }

    /**
     * Validates an intake and checks that the user (if any) works in its regency; writes nothing.
     *
     * @throws InvalidInputException listing every problem
     */
    public IntakeValidator.ValidIntake check(CaseIntakeRequest request, String user) {
        String region = request.regionCode();
        if (region != null && regions.isRegency(region) && !access.maySee(region)) {
            throw new InvalidInputException("regionCode", "REGION_NOT_ASSIGNED",
                    "Anda tidak terdaftar sebagai petugas wilayah " + region + "; hubungi administrator");
        }
        return validator.validate(request, user);
    }

    private ProcessInstance start(IntakeValidator.ValidIntake intake, CaseIntakeRequest request,
                                  ProcessInstantiationBuilder process, Map<String, Object> formVariables) {
        var registered = registration.register(intake.newCase(), intake.warnings());
        NewCase opened = intake.newCase();
        Map<String, Object> variables = CaseVariables.of(registered.caseId(), registered.registrationNumber(),
                opened.serviceType(), opened.channel(), opened.regionCode(), regions.nameOf(opened.regionCode()),
                opened.description(), opened.subject() == null ? null : opened.subject().name());
        // Read by the diagram's classifyCase step (null: the caseworker classifies at triage).
        variables.put(CATEGORY, Texts.trimToNull(request.category()));
        formVariables.forEach(variables::putIfAbsent);
        return CaseBinding.opening(registered.caseId(), () -> process
                .businessKey(registered.registrationNumber())
                .setVariables(variables)
                .execute());
    }
}
