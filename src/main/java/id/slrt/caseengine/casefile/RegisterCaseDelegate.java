package id.slrt.caseengine.casefile;

import id.slrt.caseengine.step.CaseContext;
import id.slrt.caseengine.step.CaseVariables;
import id.slrt.caseengine.step.GenericStep;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Daftarkan kasus" (bean {@code registerCase}), the first step of every service process: links the case
 * file the intake has just registered (through the API, a Tasklist start form or a citizen channel) to this
 * process. A process started any other way, or with a {@code caseId} a client chose, is refused: case files are
 * bound to processes by the server alone ({@link CaseBinding}), and only when they have none yet.
 * Input parameter: {@code serviceType} (the service this process serves; start forms open cases of it).
 */
@Component("registerCase")
@GenericStep(requires = "serviceType", produces = {CaseVariables.CASE_ID, CaseVariables.REGISTRATION_NUMBER,
        CaseVariables.SERVICE_TYPE, CaseVariables.CHANNEL, CaseVariables.REGION_CODE, CaseVariables.REGION_NAME,
        CaseVariables.DESCRIPTION, CaseVariables.SUBJECT_NAME})
public class RegisterCaseDelegate implements JavaDelegate {

    static final String NOT_THROUGH_INTAKE = "Kasus hanya dapat dibuka lewat pendaftaran: formulir awal di "
            + "Tasklist, API /api/cases atau kanal warga; proses kasus tidak dapat dimulai langsung";

    private final CaseRegistrationService registration;

    public RegisterCaseDelegate(CaseRegistrationService registration) {
        this.registration = registration;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long caseId = CaseContext.caseIdOrNull(execution);
        if (caseId == null || !CaseBinding.isOpening(caseId)) {
            throw new BadUserRequestException(NOT_THROUGH_INTAKE);
        }
        String processKey = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        try {
            registration.attachProcess(caseId, execution.getProcessInstanceId(), processKey);
        } catch (IllegalStateException alreadyBound) {
            throw new BadUserRequestException(NOT_THROUGH_INTAKE);
        }
    }
}
