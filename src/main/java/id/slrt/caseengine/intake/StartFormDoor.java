package id.slrt.caseengine.intake;

import id.slrt.caseengine.forms.CaseStartForms;
import id.slrt.caseengine.forms.FormDefinition;
import id.slrt.caseengine.forms.FormSubmissionValidator;
import id.slrt.caseengine.forms.TaskInputGuard;
import id.slrt.caseengine.system.CurrentActor;
import id.slrt.caseengine.system.FieldIssue;
import id.slrt.caseengine.system.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasklist start forms of case processes, whichever way they are submitted (Tasklist, the engine REST API's
 * submit-form, the Java API): the submission may carry only the start form's enabled fields, as plain values, and
 * must pass the form's own rules; then the intake opens the case from it like an API intake (same validation, same
 * region check), and starts the submitted version of the process. The case's personal data go into the case file
 * and never become process variables, so the engine's history never holds them.
 */
@Component
public class StartFormDoor implements CaseStartForms {

    static final String REGISTER_CASE = "${registerCase}";

    private final ObjectProvider<ProcessEngine> engine;
    private final IntakeService intake;
    private final FormSubmissionValidator forms;
    private final CurrentActor actor;
    private final Map<String, Optional<String>> serviceOfDefinition = new ConcurrentHashMap<>();

    public StartFormDoor(ObjectProvider<ProcessEngine> engine, IntakeService intake, FormSubmissionValidator forms,
                         CurrentActor actor) {
        this.engine = engine;
        this.intake = intake;
        this.forms = forms;
        this.actor = actor;
    }

    @Override
    public boolean opensCase(String processDefinitionId) {
        return serviceType(processDefinitionId).isPresent();
    }

    @Override
    @Transactional
    public ProcessInstance open(String processDefinitionId, String businessKey, Map<String, Object> values) {
        if (businessKey != null && !businessKey.isBlank()) {
            throw new BadUserRequestException("Kosongkan Business Key: nomor pendaftaran kasus diberikan oleh sistem");
        }
        ProcessEngine processEngine = engine.getObject();
        FormDefinition form = forms.read(processEngine.getFormService().getDeployedStartForm(processDefinitionId),
                "the start form of " + processDefinitionId);
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(form.keys());
        if (!unknown.isEmpty()) {
            throw new BadUserRequestException("Isian tidak dikenal untuk formulir pendaftaran: "
                    + String.join(", ", unknown) + "; hanya isian formulir ini yang boleh dikirim");
        }
        TaskInputGuard.requirePlainValues(values);
        Map<String, Object> plain = new java.util.HashMap<>();
        values.forEach((key, value) -> plain.put(key,
                value instanceof org.camunda.bpm.engine.variable.value.TypedValue t ? t.getValue() : value));
        List<String> problems = forms.problems(form, plain, plain::get);
        if (!problems.isEmpty()) {
            throw new BadUserRequestException("Isian formulir pendaftaran belum benar: " + String.join("; ", problems));
        }
        StartFormValues start = StartFormValues.read(plain, serviceType(processDefinitionId).orElseThrow());
        try {
            return intake.openStarted(start.request(), actor.name(), processDefinitionId, start.processVariables());
        } catch (InvalidInputException e) {
            throw new BadUserRequestException("Data pendaftaran tidak valid: " + e.issues().stream()
                    .map(FieldIssue::message).collect(Collectors.joining("; ")), e);
        }
    }

    /** The service a process opens cases of: its registerCase step's {@code serviceType}; empty if it has none. */
    private Optional<String> serviceType(String processDefinitionId) {
        return serviceOfDefinition.computeIfAbsent(processDefinitionId, id -> engine.getObject().getRepositoryService()
                .getBpmnModelInstance(id).getModelElementsByType(ServiceTask.class).stream()
                .filter(task -> REGISTER_CASE.equals(task.getCamundaDelegateExpression()))
                .flatMap(task -> task.getExtensionElements() == null ? java.util.stream.Stream.empty()
                        : task.getExtensionElements().getElementsQuery().filterByType(
                                org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput.class).list().stream())
                .flatMap(io -> io.getCamundaInputParameters().stream())
                .filter(p -> "serviceType".equals(p.getCamundaName()))
                .map(CamundaInputParameter::getTextContent)
                .map(String::strip)
                .findFirst());
    }
}
