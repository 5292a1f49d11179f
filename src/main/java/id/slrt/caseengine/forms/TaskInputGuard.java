package id.slrt.caseengine.forms;

import id.slrt.caseengine.step.CaseVariables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.PrimitiveValueType;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What a client may send with a task: a completion (Tasklist's submit, the REST API's complete, submit-form,
 * resolve, BPMN error and escalation) carries only the fields of the task's form (its enabled fields: a disabled
 * field is display only) and the variables the diagram lists in the user task's extension property
 * {@code accepts}, each a plain value (text, number, yes/no, date); a variable write on a task never touches the
 * variables that bind a process to its case file. Anything else is refused with HTTP 400 naming it, before the
 * engine writes anything.
 */
@Component
public class TaskInputGuard {

    static final String ACCEPTS = "accepts";

    private final ObjectProvider<ProcessEngine> engine;
    private final FormSubmissionValidator forms;
    private final Map<String, Set<String>> allowedByTask = new ConcurrentHashMap<>();

    public TaskInputGuard(ObjectProvider<ProcessEngine> engine, FormSubmissionValidator forms) {
        this.engine = engine;
        this.forms = forms;
    }

    /** @throws BadUserRequestException when {@code variables} holds more than the task's form, or not plain values */
    public void checkCompletion(String taskId, Map<String, ?> variables) {
        if (variables == null || variables.isEmpty()) {
            return;
        }
        Task task = engine.getObject().getTaskService().createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return; // the engine answers for a task that does not exist or that the caller may not see
        }
        Set<String> allowed = allowedByTask.computeIfAbsent(task.getProcessDefinitionId() + "#"
                + task.getTaskDefinitionKey(), k -> allowedFor(task));
        Set<String> unknown = new TreeSet<>(variables.keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new BadUserRequestException("Isian tidak dikenal untuk tugas '" + task.getName() + "': "
                    + String.join(", ", unknown) + "; hanya isian formulir tugas ini yang boleh dikirim");
        }
        requirePlainValues(variables);
    }

    /** @throws BadUserRequestException when a client writes a variable that binds the process to its case */
    public void checkVariableWrite(Collection<String> names) {
        if (names == null) {
            return;
        }
        Set<String> binding = new TreeSet<>(names);
        binding.retainAll(CaseVariables.BINDING);
        if (!binding.isEmpty()) {
            throw new BadUserRequestException("Variabel " + String.join(", ", binding)
                    + " ditetapkan oleh sistem saat kasus dibuka dan tidak boleh diubah");
        }
    }

    /** Form values are text, numbers, yes/no and dates; serialized objects, JSON, XML and files are refused. */
    public static void requirePlainValues(Map<String, ?> variables) {
        List<String> refused = new ArrayList<>();
        for (String name : variables.keySet()) {
            // A VariableMap would deserialize an object value to hand it out: read it typed, as sent.
            Object value = variables instanceof VariableMap typed ? typed.getValueTyped(name) : variables.get(name);
            if (!isPlain(value)) {
                refused.add(name);
            }
        }
        if (!refused.isEmpty()) {
            refused.sort(null);
            throw new BadUserRequestException("Isian " + String.join(", ", refused)
                    + " harus berupa teks, angka, ya/tidak atau tanggal");
        }
    }

    static boolean isPlain(Object value) {
        if (value instanceof TypedValue typed) {
            ValueType type = typed.getType();
            return type == null || type instanceof PrimitiveValueType && !ValueType.BYTES.equals(type);
        }
        return value == null || value instanceof String || value instanceof Boolean || value instanceof Number
                || value instanceof Date;
    }

    private Set<String> allowedFor(Task task) {
        Set<String> allowed = new HashSet<>();
        ProcessEngine processEngine = engine.getObject();
        UserTask element = processEngine.getRepositoryService().getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey());
        if (element != null && element.getCamundaFormRef() != null) {
            allowed.addAll(forms.read(processEngine.getFormService().getDeployedTaskForm(task.getId()),
                    task.getTaskDefinitionKey()).keys());
        }
        if (element != null && element.getExtensionElements() != null) {
            for (CamundaProperties properties : element.getExtensionElements()
                    .getChildElementsByType(CamundaProperties.class)) {
                for (CamundaProperty property : properties.getCamundaProperties()) {
                    if (ACCEPTS.equals(property.getCamundaName()) && property.getCamundaValue() != null) {
                        Arrays.stream(property.getCamundaValue().split(",")).map(String::strip)
                                .filter(n -> !n.isEmpty()).forEach(allowed::add);
                    }
                }
            }
        }
        return Set.copyOf(allowed);
    }
}
