package id.slrt.caseengine.letters;

import id.slrt.caseengine.step.CaseContext;
import id.slrt.caseengine.step.GenericStep;
import id.slrt.caseengine.step.StepInputs;
import id.slrt.caseengine.system.Texts;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Terbitkan surat resmi" (bean {@code issueLetter}): issues the letter of type {@code letterType} (the
 * template {@code letters/<letterType>.html} deployed with the diagram) from the case file, numbered, as PDF/A with
 * its verification QR code, kept in the case's letter register. {@code body}: the office's own text for the letter
 * (the answer to a complaint), printed as {@code surat.isi}. Sets {@code issuedLetterId} and
 * {@code issuedLetterNumber} (neither is personal); records {@code LETTER_ISSUED}.
 */
@Component("issueLetter")
@GenericStep(requires = "letterType", accepts = "body", produces = {"issuedLetterId", "issuedLetterNumber"})
public class IssueLetterDelegate implements JavaDelegate {

    public static final String EXPRESSION = "${issueLetter}";

    private final LetterService letters;
    private final RepositoryService repository;

    public IssueLetterDelegate(LetterService letters, RepositoryService repository) {
        this.letters = letters;
        this.repository = repository;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = CaseContext.caseId(execution);
        String type = StepInputs.required(execution, "letterType").strip();
        String deploymentId = repository.getProcessDefinition(execution.getProcessDefinitionId()).getDeploymentId();
        LetterRegister.Letter letter = letters.issue(caseId, type, deploymentId, execution.getCurrentActivityName(),
                Texts.trimToNull(StepInputs.optional(execution, "body")));
        execution.getProcessInstance().setVariable("issuedLetterId", letter.id());
        execution.getProcessInstance().setVariable("issuedLetterNumber", letter.letterNumber());
    }
}
