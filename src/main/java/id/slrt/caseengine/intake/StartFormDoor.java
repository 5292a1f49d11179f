package id.slrt.caseengine.intake;

import id.slrt.caseengine.catalogue.PpksTypes;
import id.slrt.caseengine.catalogue.ServiceCatalogue;
import id.slrt.caseengine.catalogue.ServiceRouting;
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

    private final ServiceRouting routing;
    private final ServiceCatalogue catalogue;
    private final PpksTypes ppksTypes;

    public StartFormDoor(ObjectProvider<ProcessEngine> engine, IntakeService intake, FormSubmissionValidator forms,
                         CurrentActor actor, ServiceRouting routing, ServiceCatalogue catalogue, PpksTypes ppksTypes) {
        this.routing = routing;
        this.catalogue = catalogue;
        this.ppksTypes = ppksTypes;
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
        StartFormValues start = StartFormValues.read(plain, serviceOf(processDefinitionId, plain));
        try {
            return intake.openStarted(start.request(), actor.name(), processDefinitionId, start.processVariables());
        } catch (InvalidInputException e) {
            throw new BadUserRequestException("Data pendaftaran tidak valid: " + e.issues().stream()
                    .map(FieldIssue::message).collect(Collectors.joining("; ")), e);
        }
    }

    /**
     * The service a start form opens a case of: the diagram's own, or, when the registerCase step reads it from the
     * form ({@code ${serviceType}}: a process serving several catalogue services), the form's choice, which the
     * catalogue must route to this process.
     */
    private String serviceOf(String processDefinitionId, Map<String, Object> values) {
        String declared = serviceType(processDefinitionId).orElseThrow();
        if (!declared.startsWith("${")) {
            return declared;
        }
        Object chosen = values.get(StartFormValues.SERVICE_TYPE);
        String processKey = engine.getObject().getRepositoryService().getProcessDefinition(processDefinitionId).getKey();
        if (!(chosen instanceof String service) || !routing.processKeyFor(service).map(processKey::equals).orElse(false)) {
            throw new BadUserRequestException("Pilih jenis layanan dari daftar: layanan "
                    + (chosen == null ? "(kosong)" : "'" + chosen + "'") + " tidak dilayani proses ini");
        }
        return service;
    }

    /**
     * The start form as Tasklist shows it: a process serving several catalogue services gets their list as the
     * options of its {@code serviceType} select, and every start form's PPKS selects the 26 types, so a service an
     * analyst adds to the catalogue appears here without a code change.
     */
    @Override
    public java.io.InputStream startForm(String processDefinitionId, java.io.InputStream deployed) {
        try (deployed) {
            byte[] original = deployed.readAllBytes();
            if (!opensCase(processDefinitionId)) {
                return new java.io.ByteArrayInputStream(original);
            }
            String processKey = engine.getObject().getRepositoryService().getProcessDefinition(processDefinitionId)
                    .getKey();
            List<Map<String, String>> services = catalogue.all().stream()
                    .filter(e -> processKey.equals(e.processKey()))
                    .map(e -> Map.of("label", e.label(), "value", e.serviceType())).toList();
            List<Map<String, String>> ppks = ppksTypes.all().stream()
                    .map(t -> Map.of("label", t.number() + ". " + t.label(), "value", t.code())).toList();
            return new java.io.ByteArrayInputStream(StartFormOptions.fill(original, Map.of(
                    StartFormValues.SERVICE_TYPE, services, StartFormValues.PPKS_TYPE, ppks,
                    StartFormValues.PPKS_TYPE_2, ppks)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
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
