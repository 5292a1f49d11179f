package id.slrt.caseengine.casefile;

import id.slrt.caseengine.identity.FieldIssue;
import id.slrt.caseengine.identity.RegionDirectory;
import id.slrt.caseengine.intake.IntakeValidator;
import id.slrt.caseengine.platform.StepInputs;
import id.slrt.caseengine.security.CurrentActor;
import id.slrt.caseengine.security.Groups;
import id.slrt.caseengine.security.region.RegionTenants;
import id.slrt.caseengine.web.InvalidInputException;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import id.slrt.caseengine.deployment.GenericStep;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Daftarkan kasus" (bean {@code registerCase}), the first step of every service process.
 * A case opened through the API already has its case file: the step links it to this process.
 * A case started from a Tasklist start form is validated, numbered and written here, and the registration
 * number becomes the business key. Input parameter: {@code serviceType}.
 */
@Component("registerCase")
@GenericStep(requires = "serviceType", produces = {CaseVariables.CASE_ID, CaseVariables.REGISTRATION_NUMBER,
        CaseVariables.SERVICE_TYPE, CaseVariables.CHANNEL, CaseVariables.REGION_CODE, CaseVariables.REGION_NAME,
        CaseVariables.DESCRIPTION, CaseVariables.SUBJECT_NAME})
public class RegisterCaseDelegate implements JavaDelegate {

    private final CaseRegistrationService registration;
    private final IntakeValidator validator;
    private final RegionDirectory regions;
    private final CurrentActor actor;

    public RegisterCaseDelegate(CaseRegistrationService registration, IntakeValidator validator,
                                RegionDirectory regions, CurrentActor actor) {
        this.registration = registration;
        this.validator = validator;
        this.regions = regions;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String processKey = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        Long caseId = CaseContext.caseIdOrNull(execution);
        if (caseId == null) {
            caseId = registerFromStartForm(execution);
        }
        registration.attachProcess(caseId, execution.getProcessInstanceId(), processKey);
    }

    /** A Tasklist user starts cases only for the regencies whose tenant they belong to. */
    private static void requireRegionOfCurrentUser(DelegateExecution execution, String regency) {
        var user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (user == null || user.getUserId() == null
                || (user.getGroupIds() != null && user.getGroupIds().contains(Groups.ADMIN))) {
            return;
        }
        if (user.getTenantIds() == null || !user.getTenantIds().contains(RegionTenants.tenantOf(regency))) {
            throw new ProcessEngineException("Data pendaftaran tidak valid: Anda tidak terdaftar sebagai petugas "
                    + "wilayah " + regency + "; hubungi administrator");
        }
    }

    private long registerFromStartForm(DelegateExecution execution) {
        String serviceType = StepInputs.required(execution, "serviceType");
        IntakeValidator.ValidIntake intake;
        try {
            intake = validator.validate(StartFormIntake.read(execution, serviceType), actor.name());
        } catch (InvalidInputException e) {
            throw new ProcessEngineException("Data pendaftaran tidak valid: " + e.issues().stream()
                    .map(FieldIssue::message).collect(Collectors.joining("; ")), e);
        }
        requireRegionOfCurrentUser(execution, intake.newCase().regionCode());
        var registered = registration.register(intake.newCase(), intake.warnings());
        execution.setProcessBusinessKey(registered.registrationNumber());
        DelegateExecution instance = execution.getProcessInstance();
        StartFormIntake.PERSONAL_FIELDS.forEach(instance::removeVariable);
        instance.setVariables(CaseVariables.of(registered.caseId(), registered.registrationNumber(),
                intake.newCase(), regions.nameOf(intake.newCase().regionCode())));
        return registered.caseId();
    }
}
