package id.slrt.caseengine.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Checks a completed task's variables against the validation rules of its Camunda Form (required, pattern,
 * length, range, allowed options). Form validation in the browser can be bypassed through the REST API, so the
 * server checks again; a violation refuses the completion with HTTP 400 and the reason in Indonesian.
 */
@Component
public class FormSubmissionValidator implements TaskListener {

    record FieldRule(String key, String label, JsonNode validate, List<String> options) {
    }

    private final ObjectMapper json;
    private final Map<String, List<FieldRule>> rulesByTask = new ConcurrentHashMap<>();

    public FormSubmissionValidator(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        UserTask element = task.getBpmnModelElementInstance();
        if (element == null || element.getCamundaFormRef() == null) {
            return;
        }
        List<FieldRule> rules = rulesByTask.computeIfAbsent(
                task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(), k -> load(task));
        List<String> problems = new ArrayList<>();
        for (FieldRule rule : rules) {
            check(rule, task.getVariable(rule.key()), problems);
        }
        if (!problems.isEmpty()) {
            throw new BadUserRequestException("Isian formulir '" + task.getName() + "' belum benar: "
                    + String.join("; ", problems));
        }
    }

    static void check(FieldRule rule, Object value, List<String> problems) {
        JsonNode v = rule.validate();
        boolean blank = value == null || (value instanceof String s && s.isBlank());
        if (blank) {
            if (v.path("required").asBoolean(false)) {
                problems.add(rule.label() + " wajib diisi");
            }
            return;
        }
        if (value instanceof String text) {
            if (v.hasNonNull("pattern") && !Pattern.compile(v.get("pattern").asText()).matcher(text).find()) {
                problems.add(rule.label() + " tidak sesuai format yang diminta");
            }
            if (v.hasNonNull("minLength") && text.length() < v.get("minLength").asInt()) {
                problems.add(rule.label() + " paling sedikit " + v.get("minLength").asInt() + " karakter");
            }
            if (v.hasNonNull("maxLength") && text.length() > v.get("maxLength").asInt()) {
                problems.add(rule.label() + " paling banyak " + v.get("maxLength").asInt() + " karakter");
            }
        }
        if (value instanceof Number number) {
            if (v.hasNonNull("min") && number.doubleValue() < v.get("min").asDouble()) {
                problems.add(rule.label() + " paling kecil " + v.get("min").asText());
            }
            if (v.hasNonNull("max") && number.doubleValue() > v.get("max").asDouble()) {
                problems.add(rule.label() + " paling besar " + v.get("max").asText());
            }
        }
        if (!rule.options().isEmpty() && !rule.options().contains(String.valueOf(value))) {
            problems.add(rule.label() + ": pilihan '" + value + "' tidak tersedia");
        }
    }

    private List<FieldRule> load(DelegateTask task) {
        try (InputStream form = task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId())) {
            List<FieldRule> rules = new ArrayList<>();
            collect(json.readTree(form), rules);
            return List.copyOf(rules);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the form of task " + task.getTaskDefinitionKey(), e);
        }
    }

    private static void collect(JsonNode container, List<FieldRule> rules) {
        for (JsonNode component : container.path("components")) {
            String type = component.path("type").asText();
            if (component.hasNonNull("key") && !component.path("disabled").asBoolean(false)
                    && !component.path("readonly").asBoolean(false)) {
                List<String> options = new ArrayList<>();
                if (type.equals("select") || type.equals("radio")) {
                    component.path("values").forEach(option -> options.add(option.path("value").asText()));
                }
                String label = component.path("label").asText(component.get("key").asText());
                rules.add(new FieldRule(component.get("key").asText(), label, component.path("validate"), options));
            }
            if (component.has("components") && !type.equals("dynamiclist")) {
                collect(component, rules);
            }
        }
    }
}
