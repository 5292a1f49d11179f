package id.slrt.caseengine.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.step.GenericStep;
import id.slrt.caseengine.step.StepCatalog;
import id.slrt.caseengine.step.StepContract;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * Checks the diagrams of a deployment against what the application offers, and lists every problem in plain
 * Indonesian so an analyst can fix the diagram in Camunda Modeler:
 * delegate beans that do not exist or miss a required input; user tasks without a form, a candidate group or
 * assignee, or a due date; forms, decisions and called processes that are not deployed; external-task topics
 * nobody serves; waits without a deadline; and (best effort) condition variables nothing produces.
 */
public class DiagramContractChecker {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{(.*?)}", Pattern.DOTALL);
    private static final Pattern BEAN_REFERENCE = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");
    private static final Pattern STRING_LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w])([A-Za-z_][A-Za-z0-9_]*)(?!\\s*\\()");
    private static final Set<String> EL_WORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
            "empty", "div", "mod", "instanceof", "true", "false", "null", "execution", "task",
            "authenticatedUserId");

    private final ObjectMapper json = new ObjectMapper();

    public List<String> check(Map<String, byte[]> resources, StepCatalog catalog) {
        List<String> problems = new ArrayList<>();
        Map<String, JsonNode> forms = new LinkedHashMap<>();
        Set<String> decisions = new HashSet<>();
        Set<String> processes = new HashSet<>();
        Map<String, BpmnModelInstance> diagrams = new LinkedHashMap<>();
        resources.forEach((name, bytes) -> {
            String file = fileName(name);
            try {
                if (name.endsWith(".form")) {
                    JsonNode form = json.readTree(bytes);
                    forms.put(form.path("id").asText(file), form);
                } else if (name.endsWith(".dmn")) {
                    DmnModelInstance dmn = Dmn.readModelFromStream(new ByteArrayInputStream(bytes));
                    dmn.getModelElementsByType(Decision.class).forEach(d -> decisions.add(d.getId()));
                } else if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
                    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
                    diagrams.put(file, model);
                    model.getModelElementsByType(Process.class).forEach(p -> processes.add(p.getId()));
                }
            } catch (IOException | RuntimeException e) {
                problems.add(file + ": berkas tidak dapat dibaca (" + e.getMessage() + ")");
            }
        });
        diagrams.forEach((file, model) -> new DiagramCheck(file, model, forms, decisions, processes, catalog, problems).run());
        return problems;
    }

    private static String fileName(String resourceName) {
        int slash = Math.max(resourceName.lastIndexOf('/'), resourceName.lastIndexOf('\\'));
        return resourceName.substring(slash + 1);
    }

    private final class DiagramCheck {
        private final String file;
        private final BpmnModelInstance model;
        private final Map<String, JsonNode> forms;
        private final Set<String> decisions;
        private final Set<String> processes;
        private final StepCatalog catalog;
        private final List<String> problems;
        private final Set<String> produced = new HashSet<>();

        DiagramCheck(String file, BpmnModelInstance model, Map<String, JsonNode> forms, Set<String> decisions,
                     Set<String> processes, StepCatalog catalog, List<String> problems) {
            this.file = file;
            this.model = model;
            this.forms = forms;
            this.decisions = decisions;
            this.processes = processes;
            this.catalog = catalog;
            this.problems = problems;
        }

        void run() {
            produced.addAll(catalog.caseVariables());
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                formOf(start.getCamundaFormRef(), start.getCamundaFormRefBinding(), start, false);
            }
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                checkUserTask(task);
            }
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                checkServiceLike(task, task.getCamundaDelegateExpression(), task.getCamundaType(), task.getCamundaTopic());
            }
            for (SendTask task : model.getModelElementsByType(SendTask.class)) {
                checkServiceLike(task, task.getCamundaDelegateExpression(), task.getCamundaType(), task.getCamundaTopic());
            }
            for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
                checkBusinessRule(task);
            }
            for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
                String called = call.getCalledElement();
                if (called != null && !called.contains("${") && !processes.contains(called) && !catalog.processDeployed(called)) {
                    problems.add(where(call) + ": memanggil proses '" + called + "' yang belum di-deploy");
                }
            }
            for (ReceiveTask receive : model.getModelElementsByType(ReceiveTask.class)) {
                requireTimer(receive, "menunggu pesan");
            }
            for (IntermediateCatchEvent event : model.getModelElementsByType(IntermediateCatchEvent.class)) {
                checkCatchEvent(event);
            }
            for (EventBasedGateway gateway : model.getModelElementsByType(EventBasedGateway.class)) {
                boolean hasTimer = gateway.getOutgoing().stream().map(SequenceFlow::getTarget)
                        .anyMatch(target -> target instanceof IntermediateCatchEvent e && hasDefinition(e.getEventDefinitions(), TimerEventDefinition.class));
                if (!hasTimer) {
                    problems.add(where(gateway) + ": gerbang berbasis kejadian menunggu tanpa batas waktu; tambahkan kejadian timer");
                }
            }
            model.getModelElementsByType(CamundaOutputParameter.class).forEach(p -> produced.add(p.getCamundaName()));
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                ConditionExpression condition = flow.getConditionExpression();
                if (condition != null) {
                    checkVariables(flow, condition.getTextContent());
                }
            }
        }

        private void checkUserTask(UserTask task) {
            if (task.getCamundaFormRef() == null && task.getCamundaFormKey() == null) {
                problems.add(where(task) + ": tugas pengguna tanpa formulir (camunda:formRef)");
            } else {
                formOf(task.getCamundaFormRef(), task.getCamundaFormRefBinding(), task, true);
            }
            if (blank(task.getCamundaCandidateGroups()) && blank(task.getCamundaAssignee())
                    && blank(task.getCamundaCandidateUsers())) {
                problems.add(where(task) + ": tugas pengguna tanpa kelompok kandidat (candidate group) atau penanggung jawab");
            }
            if (blank(task.getCamundaDueDate())) {
                problems.add(where(task) + ": tugas pengguna tanpa tenggat (camunda:dueDate)");
            }
        }

        private void formOf(String formRef, String binding, BaseElement element, boolean required) {
            if (formRef == null) {
                return;
            }
            JsonNode form = forms.get(formRef);
            if (form == null) {
                boolean sameDeploymentOnly = binding == null || "deployment".equals(binding);
                if (sameDeploymentOnly || !catalog.formDeployed(formRef)) {
                    problems.add(where(element) + ": formulir '" + formRef + "' tidak ada di deployment ini"
                            + (sameDeploymentOnly ? " (formRefBinding=deployment: sertakan berkas .form-nya)" : ""));
                }
                return;
            }
            collectKeys(form, produced);
        }

        private void collectKeys(JsonNode container, Set<String> keys) {
            for (JsonNode component : container.path("components")) {
                if (component.hasNonNull("key")) {
                    keys.add(component.get("key").asText());
                }
                collectKeys(component, keys);
            }
        }

        private void checkServiceLike(Activity task, String delegateExpression, String type, String topic) {
            if ("external".equals(type)) {
                Optional<Set<String>> served = topic == null ? Optional.empty() : catalog.topic(topic);
                if (served.isEmpty()) {
                    problems.add(where(task) + ": topik external task '" + topic + "' tidak dilayani oleh pekerja mana pun");
                } else {
                    produced.addAll(served.get());
                }
                requireTimer(task, "menunggu jawaban instansi (external task)");
                return;
            }
            if (delegateExpression == null) {
                return;
            }
            Matcher bean = BEAN_REFERENCE.matcher(delegateExpression);
            if (!bean.matches()) {
                return;
            }
            String name = bean.group(1);
            if (!catalog.beanExists(name)) {
                problems.add(where(task) + ": langkah '" + name + "' (delegateExpression) tidak ada di aplikasi");
                return;
            }
            Optional<StepContract> contract = catalog.contractOf(name);
            if (contract.isEmpty()) {
                problems.add(where(task) + ": langkah '" + name + "' tidak punya kontrak (GenericStep); tidak bisa diperiksa");
                return;
            }
            Set<String> inputs = inputNames(task);
            for (String required : contract.get().requiredInputs()) {
                if (!inputs.contains(required)) {
                    problems.add(where(task) + ": langkah '" + name + "' membutuhkan parameter masukan '" + required + "'");
                }
            }
            produced.addAll(contract.get().producedVariables());
        }

        private void checkBusinessRule(BusinessRuleTask task) {
            String decision = task.getCamundaDecisionRef();
            if (decision != null && !decision.contains("${") && !decisions.contains(decision)
                    && !catalog.decisionDeployed(decision)) {
                problems.add(where(task) + ": tabel keputusan (DMN) '" + decision + "' belum di-deploy");
            }
            if (task.getCamundaResultVariable() != null) {
                produced.add(task.getCamundaResultVariable());
            }
            if (task.getCamundaDelegateExpression() != null) {
                checkServiceLike(task, task.getCamundaDelegateExpression(), task.getCamundaType(), task.getCamundaTopic());
            }
        }

        private void checkCatchEvent(IntermediateCatchEvent event) {
            Collection<EventDefinition> definitions = event.getEventDefinitions();
            boolean waitsForOthers = hasDefinition(definitions, MessageEventDefinition.class)
                    || hasDefinition(definitions, SignalEventDefinition.class);
            if (!waitsForOthers) {
                return;
            }
            boolean afterEventGateway = event.getIncoming().stream()
                    .anyMatch(flow -> flow.getSource() instanceof EventBasedGateway);
            if (!afterEventGateway) {
                problems.add(where(event) + ": menunggu pesan/sinyal tanpa batas waktu; pakai gerbang berbasis kejadian dengan timer");
            }
        }

        private void requireTimer(Activity activity, String what) {
            boolean timer = model.getModelElementsByType(BoundaryEvent.class).stream()
                    .filter(b -> b.getAttachedTo() == activity)
                    .anyMatch(b -> hasDefinition(b.getEventDefinitions(), TimerEventDefinition.class));
            if (!timer) {
                problems.add(where(activity) + ": " + what + " tanpa batas waktu; tambahkan boundary timer");
            }
        }

        private void checkVariables(SequenceFlow flow, String condition) {
            if (condition == null) {
                return;
            }
            Matcher expression = EXPRESSION.matcher(condition);
            while (expression.find()) {
                String body = STRING_LITERAL.matcher(expression.group(1)).replaceAll("''");
                Matcher identifier = IDENTIFIER.matcher(body);
                while (identifier.find()) {
                    String name = identifier.group(1);
                    if (!EL_WORDS.contains(name) && !produced.contains(name) && !catalog.beanExists(name)) {
                        problems.add(where(flow) + ": kondisi memakai variabel '" + name
                                + "' yang tidak dihasilkan oleh formulir atau langkah mana pun di diagram ini");
                    }
                }
            }
        }

        private Set<String> inputNames(Activity task) {
            Set<String> names = new HashSet<>();
            ExtensionElements extensions = task.getExtensionElements();
            if (extensions != null) {
                for (CamundaInputOutput io : extensions.getChildElementsByType(CamundaInputOutput.class)) {
                    for (CamundaInputParameter input : io.getCamundaInputParameters()) {
                        names.add(input.getCamundaName());
                    }
                }
            }
            return names;
        }

        private String where(FlowElement element) {
            String name = element.getName();
            return file + ", " + (name == null || name.isBlank() ? element.getId() : "'" + name.replace('\n', ' ') + "' (" + element.getId() + ")");
        }

        private String where(BaseElement element) {
            return element instanceof FlowElement flowElement ? where(flowElement) : file + ", " + element.getId();
        }
    }

    private static boolean hasDefinition(Collection<EventDefinition> definitions, Class<? extends EventDefinition> type) {
        return definitions.stream().anyMatch(type::isInstance);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
