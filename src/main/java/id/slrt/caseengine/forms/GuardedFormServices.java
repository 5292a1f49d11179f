package id.slrt.caseengine.forms;

import id.slrt.caseengine.platform.AsSystem;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine's task and form services with {@link TaskInputGuard} in front of every call that takes variables
 * from a client, and start forms of case processes handed to the intake ({@link CaseStartForms}). Installed in
 * the engine itself, so the engine REST API, Tasklist (the webapps' own REST API) and the Java API all pass it.
 */
@Component
public class GuardedFormServices extends AbstractProcessEnginePlugin {

    private final ObjectProvider<TaskInputGuard> guard;
    private final ObjectProvider<CaseStartForms> startForms;

    public GuardedFormServices(ObjectProvider<TaskInputGuard> guard, ObjectProvider<CaseStartForms> startForms) {
        this.guard = guard;
        this.startForms = startForms;
    }

    private ProcessEngineConfigurationImpl configuration;
    private TaskWorkRules work;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
        configuration.setTaskService(new GuardedTaskService());
        configuration.setFormService(new GuardedFormService());
    }

    /** The rules need the engine's identity service, which exists once the engine is being built. */
    private TaskWorkRules work() {
        if (work == null) {
            work = new TaskWorkRules(configuration.getIdentityService());
        }
        return work;
    }

    final class GuardedTaskService extends TaskServiceImpl {
        private void checkCompletion(String taskId, Map<String, ?> variables) {
            work().requireHolder(this, taskId);
            guard.getObject().checkCompletion(taskId, variables);
        }

        @Override
        public void complete(String taskId) {
            work().requireHolder(this, taskId);
            super.complete(taskId);
        }

        @Override
        public void resolveTask(String taskId) {
            work().requireHolder(this, taskId);
            super.resolveTask(taskId);
        }

        @Override
        public void handleBpmnError(String taskId, String errorCode) {
            work().requireHolder(this, taskId);
            super.handleBpmnError(taskId, errorCode);
        }

        @Override
        public void handleBpmnError(String taskId, String errorCode, String errorMessage) {
            work().requireHolder(this, taskId);
            super.handleBpmnError(taskId, errorCode, errorMessage);
        }

        @Override
        public void handleEscalation(String taskId, String escalationCode) {
            work().requireHolder(this, taskId);
            super.handleEscalation(taskId, escalationCode);
        }

        @Override
        public void updateTaskComment(String taskId, String commentId, String message) {
            work().requireAuthor(getTaskComment(taskId, commentId));
            super.updateTaskComment(taskId, commentId, message);
        }

        @Override
        public void deleteTaskComment(String taskId, String commentId) {
            work().requireAuthor(getTaskComment(taskId, commentId));
            super.deleteTaskComment(taskId, commentId);
        }

        @Override
        public void deleteTaskComments(String taskId) {
            getTaskComments(taskId).forEach(work()::requireAuthor);
            super.deleteTaskComments(taskId);
        }

        @Override
        public void updateProcessInstanceComment(String processInstanceId, String commentId, String message) {
            work().requireAuthor(comment(processInstanceId, commentId));
            super.updateProcessInstanceComment(processInstanceId, commentId, message);
        }

        @Override
        public void deleteProcessInstanceComment(String processInstanceId, String commentId) {
            work().requireAuthor(comment(processInstanceId, commentId));
            super.deleteProcessInstanceComment(processInstanceId, commentId);
        }

        @Override
        public void deleteProcessInstanceComments(String processInstanceId) {
            getProcessInstanceComments(processInstanceId).forEach(work()::requireAuthor);
            super.deleteProcessInstanceComments(processInstanceId);
        }

        private org.camunda.bpm.engine.task.Comment comment(String processInstanceId, String commentId) {
            return getProcessInstanceComments(processInstanceId).stream().filter(c -> c.getId().equals(commentId))
                    .findFirst().orElse(null);
        }

        @Override
        public org.camunda.bpm.engine.task.Attachment createAttachment(String type, String taskId,
                String processInstanceId, String name, String description, java.io.InputStream content) {
            work().refuseEngineAttachments();
            return super.createAttachment(type, taskId, processInstanceId, name, description, content);
        }

        @Override
        public org.camunda.bpm.engine.task.Attachment createAttachment(String type, String taskId,
                String processInstanceId, String name, String description, String url) {
            work().refuseEngineAttachments();
            return super.createAttachment(type, taskId, processInstanceId, name, description, url);
        }

        @Override
        public void saveAttachment(org.camunda.bpm.engine.task.Attachment attachment) {
            work().refuseEngineAttachments();
            super.saveAttachment(attachment);
        }

        @Override
        public void deleteAttachment(String attachmentId) {
            work().refuseEngineAttachments();
            super.deleteAttachment(attachmentId);
        }

        @Override
        public void deleteTaskAttachment(String taskId, String attachmentId) {
            work().refuseEngineAttachments();
            super.deleteTaskAttachment(taskId, attachmentId);
        }

        /**
         * Candidates work a task with TASK_WORK, which lets them claim it but not unassign it; giving back the task
         * one holds (Tasklist's unclaim) is allowed as if they could.
         */
        @Override
        public void setAssignee(String taskId, String userId) {
            IdentityService identity = configuration.getIdentityService();
            var caller = identity.getCurrentAuthentication();
            if (userId == null && caller != null && caller.getUserId() != null
                    && createTaskQuery().taskId(taskId).taskAssignee(caller.getUserId()).count() == 1) {
                AsSystem.call(identity, () -> {
                    super.setAssignee(taskId, null);
                    return null;
                });
                return;
            }
            super.setAssignee(taskId, userId);
        }

        @Override
        public void complete(String taskId, Map<String, Object> variables) {
            checkCompletion(taskId, variables);
            super.complete(taskId, variables);
        }

        @Override
        public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables,
                                                         boolean deserializeValues) {
            checkCompletion(taskId, variables);
            return super.completeWithVariablesInReturn(taskId, variables, deserializeValues);
        }

        @Override
        public void resolveTask(String taskId, Map<String, Object> variables) {
            checkCompletion(taskId, variables);
            super.resolveTask(taskId, variables);
        }

        @Override
        public void handleBpmnError(String taskId, String errorCode, String errorMessage,
                                    Map<String, Object> variables) {
            checkCompletion(taskId, variables);
            super.handleBpmnError(taskId, errorCode, errorMessage, variables);
        }

        @Override
        public void handleEscalation(String taskId, String escalationCode, Map<String, Object> variables) {
            checkCompletion(taskId, variables);
            super.handleEscalation(taskId, escalationCode, variables);
        }

        @Override
        protected void setVariables(String taskId, Map<String, ?> variables, boolean local) {
            guard.getObject().checkVariableWrite(variables == null ? null : variables.keySet());
            super.setVariables(taskId, variables, local);
        }

        @Override
        public void setVariable(String taskId, String name, Object value) {
            guard.getObject().checkVariableWrite(java.util.List.of(name));
            super.setVariable(taskId, name, value);
        }

        @Override
        public void setVariableLocal(String taskId, String name, Object value) {
            guard.getObject().checkVariableWrite(java.util.List.of(name));
            super.setVariableLocal(taskId, name, value);
        }

        @Override
        protected void updateVariables(String taskId, Map<String, ?> modifications, Collection<String> deletions,
                                       boolean local) {
            guard.getObject().checkVariableWrite(modifications == null ? null : modifications.keySet());
            guard.getObject().checkVariableWrite(deletions);
            super.updateVariables(taskId, modifications, deletions, local);
        }

        @Override
        public void removeVariable(String taskId, String name) {
            guard.getObject().checkVariableWrite(java.util.List.of(name));
            super.removeVariable(taskId, name);
        }

        @Override
        public void removeVariableLocal(String taskId, String name) {
            guard.getObject().checkVariableWrite(java.util.List.of(name));
            super.removeVariableLocal(taskId, name);
        }

        @Override
        public void removeVariables(String taskId, Collection<String> names) {
            guard.getObject().checkVariableWrite(names);
            super.removeVariables(taskId, names);
        }

        @Override
        public void removeVariablesLocal(String taskId, Collection<String> names) {
            guard.getObject().checkVariableWrite(names);
            super.removeVariablesLocal(taskId, names);
        }
    }

    final class GuardedFormService extends FormServiceImpl {
        @Override
        public java.io.InputStream getDeployedStartForm(String processDefinitionId) {
            return startForms.getObject().startForm(processDefinitionId, super.getDeployedStartForm(processDefinitionId));
        }

        @Override
        public ProcessInstance submitStartForm(String processDefinitionId, Map<String, Object> properties) {
            return submitStartForm(processDefinitionId, null, properties);
        }

        @Override
        public ProcessInstance submitStartForm(String processDefinitionId, String businessKey,
                                               Map<String, Object> properties) {
            CaseStartForms cases = startForms.getObject();
            if (cases.opensCase(processDefinitionId)) {
                return cases.open(processDefinitionId, businessKey, properties == null ? new HashMap<>() : properties);
            }
            return super.submitStartForm(processDefinitionId, businessKey, properties);
        }

        @Override
        public ProcessInstance submitStartFormData(String processDefinitionId, String businessKey,
                                                   Map<String, String> properties) {
            return submitStartForm(processDefinitionId, businessKey,
                    properties == null ? null : new HashMap<>(properties));
        }

        @Override
        public ProcessInstance submitStartFormData(String processDefinitionId, Map<String, String> properties) {
            return submitStartFormData(processDefinitionId, null, properties);
        }

        @Override
        public void submitTaskForm(String taskId, Map<String, Object> properties) {
            work().requireHolder(configuration.getTaskService(), taskId);
            guard.getObject().checkCompletion(taskId, properties);
            super.submitTaskForm(taskId, properties);
        }

        @Override
        public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
                                                               boolean deserializeValues) {
            work().requireHolder(configuration.getTaskService(), taskId);
            guard.getObject().checkCompletion(taskId, properties);
            return super.submitTaskFormWithVariablesInReturn(taskId, properties, deserializeValues);
        }

        @Override
        public void submitTaskFormData(String taskId, Map<String, String> properties) {
            submitTaskForm(taskId, properties == null ? null : new HashMap<>(properties));
        }
    }
}
