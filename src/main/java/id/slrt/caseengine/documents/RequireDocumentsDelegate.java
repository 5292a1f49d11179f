package id.slrt.caseengine.documents;

import id.slrt.caseengine.step.CaseContext;
import id.slrt.caseengine.step.GenericStep;
import id.slrt.caseengine.step.StepInputs;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Periksa dokumen persyaratan" (bean {@code requireDocuments}), right after a task whose completion needs
 * documents attached to the case: the kinds the decision table {@code documentRequirements} lists for the case's
 * service and the input {@code step} (for example {@code VERIFICATION}) must all be attached (not removed).
 * Otherwise the completion of the task before is refused (HTTP 400 in Tasklist and the REST API) naming what is
 * missing, and nothing changes. Optional input {@code service}: the service whose requirements apply (default: the
 * case's own).
 */
@Component("requireDocuments")
@GenericStep(requires = {"step"}, accepts = {"service"})
public class RequireDocumentsDelegate implements JavaDelegate {

    private final DocumentRequirements requirements;
    private final DocumentRepository cases;

    public RequireDocumentsDelegate(DocumentRequirements requirements, DocumentRepository cases) {
        this.requirements = requirements;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String step = StepInputs.required(execution, "step").strip();
        long caseId = CaseContext.caseId(execution);
        DocumentCase c = cases.caseById(caseId)
                .orElseThrow(() -> new IllegalStateException("Case " + caseId + " of this process does not exist"));
        String service = StepInputs.optional(execution, "service");
        List<DocumentRequirements.Requirement> missing = requirements
                .checklist(caseId, service == null || service.isBlank() ? c.serviceType() : service.strip(), step)
                .stream().filter(r -> !r.attached()).toList();
        if (!missing.isEmpty()) {
            throw new BadUserRequestException("Dokumen persyaratan belum dilampirkan: "
                    + missing.stream().map(DocumentRequirements.Requirement::label).collect(Collectors.joining(", "))
                    + ". Unggah di berkas kasus " + c.registrationNumber()
                    + " (bagian Dokumen, atau tab Dokumen pada tugas ini), lalu selesaikan tugas ini lagi.");
        }
    }
}
