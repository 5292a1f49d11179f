package id.slrt.caseengine.documents;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the Tasklist tab "Dokumen" shows for a task: its case's documents, the checklist of the documents the
 * case's current stage requires (decision {@code documentRequirements} with the case status as the step, for
 * example {@code VERIFICATION}), and the link to the case page's upload.
 * Whether the user may see them is decided on the task's case by {@link CaseDocuments} (region, restricted
 * cases, protected reporters), as for the case page; a task without a case, or a case the user may not see, is 404.
 */
@RestController
@PreAuthorize("hasAnyAuthority('front-office','caseworker','supervisor','opd-liaison','camunda-admin')")
public class TaskDocumentsController {

    /** The tab's content: the case, where to upload, and the documents. */
    public record TaskDocuments(String registrationNumber, String taskId, String caseUrl, String uploadUrl,
                                List<DocumentRequirements.Requirement> requirements, List<StoredDocument> documents) {
    }

    private final TaskService tasks;
    private final DocumentRepository repository;
    private final CaseDocuments documents;
    private final DocumentRequirements requirements;

    public TaskDocumentsController(TaskService tasks, DocumentRepository repository, CaseDocuments documents,
                                   DocumentRequirements requirements) {
        this.requirements = requirements;
        this.tasks = tasks;
        this.repository = repository;
        this.documents = documents;
    }

    @GetMapping(value = "/app/tasks/{taskId}/documents", produces = MediaType.APPLICATION_JSON_VALUE)
    public TaskDocuments ofTask(@PathVariable String taskId) {
        Task task = taskId.matches("[A-Za-z0-9_-]{1,64}")
                ? tasks.createTaskQuery().taskId(taskId).singleResult() : null;
        DocumentCase c = task == null || task.getProcessInstanceId() == null ? null
                : repository.caseByProcessInstance(task.getProcessInstanceId()).orElse(null);
        if (c == null) {
            throw new id.slrt.caseengine.system.NotFoundException("Tugas " + taskId + " tidak ditemukan");
        }
        String number = c.registrationNumber();
        // Access and audit first (404 for a case the user may not see), then the checklist of the case's stage.
        List<StoredDocument> attached = documents.list(number);
        String caseUrl = "/app/cases/" + number;
        return new TaskDocuments(number, taskId, caseUrl, caseUrl + "?task=" + taskId + "#dokumen",
                requirements.checklist(c.id(), c.serviceType(), c.status()), attached);
    }
}
