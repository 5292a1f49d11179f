package id.slrt.caseengine.forms;

import id.slrt.caseengine.system.Groups;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;

/**
 * Who may do what with a task, beyond the engine's permissions (TASK_WORK lets every candidate complete a task
 * whoever holds it, and the engine does not check who wrote a comment or deletes an attachment): a claimed task is
 * finished by the one who holds it; a comment is changed or removed by its author; files go into the case file
 * (the project's document store), not into the engine's attachments. Administrators and the application itself
 * (no user: jobs, the intake) are not limited here.
 */
final class TaskWorkRules {

    private final IdentityService identity;

    TaskWorkRules(IdentityService identity) {
        this.identity = identity;
    }

    /** @throws AuthorizationException when the task is held by someone else */
    void requireHolder(TaskService tasks, String taskId) {
        Authentication caller = staff();
        if (caller == null) {
            return;
        }
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task != null && task.getAssignee() != null && !task.getAssignee().equals(caller.getUserId())) {
            throw new AuthorizationException("Tugas ini sedang dikerjakan oleh " + task.getAssignee()
                    + "; hanya dia yang dapat menyelesaikannya, atau supervisor mengalihkannya kepada Anda");
        }
    }

    /** @throws AuthorizationException when the comment is someone else's */
    void requireAuthor(Comment comment) {
        Authentication caller = staff();
        if (caller != null && comment != null && !caller.getUserId().equals(comment.getUserId())) {
            throw new AuthorizationException("Catatan ini ditulis oleh " + comment.getUserId()
                    + "; hanya penulisnya yang dapat mengubah atau menghapusnya");
        }
    }

    /** @throws AuthorizationException for staff: engine attachments bypass the case file's checks and audit */
    void refuseEngineAttachments() {
        if (staff() != null) {
            throw new AuthorizationException("Berkas disimpan di berkas kasus: unggah dokumen lewat halaman kasus "
                    + "atau tab dokumen tugas, bukan sebagai lampiran Camunda");
        }
    }

    /** The calling staff member, or null for administrators and the application itself. */
    private Authentication staff() {
        Authentication caller = identity.getCurrentAuthentication();
        if (caller == null || caller.getUserId() == null
                || caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.ADMIN)) {
            return null;
        }
        return caller;
    }
}
