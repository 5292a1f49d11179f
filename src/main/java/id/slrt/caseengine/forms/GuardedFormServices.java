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

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
        configuration.setTaskService(new GuardedTaskService());
        configuration.setFormService(new GuardedFormService());
    }

    final class GuardedTaskService extends TaskServiceImpl {
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
            guard.getObject().checkCompletion(taskId, variables);
            super.complete(taskId, variables);
        }

        @Override
        public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables,
                                                         boolean deserializeValues) {
            guard.getObject().checkCompletion(taskId, variables);
            return super.completeWithVariablesInReturn(taskId, variables, deserializeValues);
        }

        @Override
        public void resolveTask(String taskId, Map<String, Object> variables) {
            guard.getObject().checkCompletion(taskId, variables);
            super.resolveTask(taskId, variables);
        }

        @Override
        public void handleBpmnError(String taskId, String errorCode, String errorMessage,
                                    Map<String, Object> variables) {
            guard.getObject().checkCompletion(taskId, variables);
            super.handleBpmnError(taskId, errorCode, errorMessage, variables);
        }

        @Override
        public void handleEscalation(String taskId, String escalationCode, Map<String, Object> variables) {
            guard.getObject().checkCompletion(taskId, variables);
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
            guard.getObject().checkCompletion(taskId, properties);
            super.submitTaskForm(taskId, properties);
        }

        @Override
        public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
                                                               boolean deserializeValues) {
            guard.getObject().checkCompletion(taskId, properties);
            return super.submitTaskFormWithVariablesInReturn(taskId, properties, deserializeValues);
        }

        @Override
        public void submitTaskFormData(String taskId, Map<String, String> properties) {
            submitTaskForm(taskId, properties == null ? null : new HashMap<>(properties));
        }
    }
}
