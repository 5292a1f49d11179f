package id.slrt.caseengine.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.forms.FormDefinition.FieldRule;
import id.slrt.caseengine.platform.BuiltInTaskListener;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks a completed task's variables against the validation rules of its Camunda Form (required, pattern,
 * length, range, allowed options), and a start form's values the same way before a case opens. Form validation
 * in the browser can be bypassed through the REST API, so the server checks again; a violation refuses the
 * completion with HTTP 400 and the reason in Indonesian.
 * Like the form in the browser, a field hidden by its condition ({@code conditional.hide}, a FEEL expression over
 * the form's variables, also on an enclosing group) is not checked: so a field shown only for one choice can be
 * required for that choice only.
 */
@Component
public class FormSubmissionValidator implements BuiltInTaskListener {

    @Override
    public Set<String> events() {
        return Set.of(EVENTNAME_COMPLETE);
    }


    private static final Logger log = LoggerFactory.getLogger(FormSubmissionValidator.class);

    private final ObjectMapper json;
    private final Map<String, FormDefinition> formsByTask = new ConcurrentHashMap<>();
    private volatile FeelEngine feel;

    public FormSubmissionValidator(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        UserTask element = task.getBpmnModelElementInstance();
        if (element == null || element.getCamundaFormRef() == null) {
            return;
        }
        FormDefinition form = formsByTask.computeIfAbsent(
                task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(), k -> read(
                        task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId()),
                        task.getTaskDefinitionKey()));
        List<String> problems = problems(form, task.getVariables(), task::getVariable);
        if (!problems.isEmpty()) {
            throw new BadUserRequestException("Isian formulir '" + task.getName() + "' belum benar: "
                    + String.join("; ", problems));
        }
    }

    /** Every rule of {@code form} the values break, with {@code context} as the variables hide conditions see. */
    public List<String> problems(FormDefinition form, Map<String, Object> context, Function<String, Object> value) {
        List<String> problems = new ArrayList<>();
        for (FieldRule rule : form.fields()) {
            if (!hidden(rule, context)) {
                check(rule, value.apply(rule.key()), problems);
            }
        }
        return problems;
    }

    /** Reads a deployed form (the stream is closed). */
    public FormDefinition read(InputStream deployedForm, String forWhat) {
        try (InputStream form = deployedForm) {
            JsonNode tree = json.readTree(form);
            return FormDefinition.of(tree);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the form of " + forWhat, e);
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
        if ("datetime".equals(rule.type()) && !isDateTime(rule.subtype(), String.valueOf(value))) {
            problems.add(rule.label() + " bukan " + ("time".equals(rule.subtype()) ? "jam" : "tanggal")
                    + " yang valid");
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

    /** What form-js submits for its date and time picker: yyyy-mm-dd, HH:mm, or a date-time with or without zone. */
    static boolean isDateTime(String subtype, String value) {
        try {
            switch (subtype == null ? "date" : subtype) {
                case "time" -> java.time.LocalTime.parse(value.length() > 5 && value.charAt(5) != ':'
                        ? value.substring(0, 5) : value);
                case "datetime" -> {
                    if (value.length() <= 16 || value.charAt(16) == ':' && value.length() == 19) {
                        java.time.LocalDateTime.parse(value);
                    } else {
                        java.time.OffsetDateTime.parse(value);
                    }
                }
                default -> java.time.LocalDate.parse(value);
            }
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** True when one of the field's hide conditions holds for the variables (as the browser would see them). */
    private boolean hidden(FieldRule rule, Map<String, Object> context) {
        if (rule.hiddenWhen().isEmpty()) {
            return false;
        }
        VariableContext variables = Variables.fromMap(context).asVariableContext();
        for (String condition : rule.hiddenWhen()) {
            try {
                if (Boolean.TRUE.equals(feel().evaluateSimpleExpression(condition, variables))) {
                    return true;
                }
            } catch (RuntimeException e) {
                // A condition the server cannot evaluate leaves the field visible: its rules are checked. The
                // message is not logged: it may quote the variables' values (personal data).
                log.warn("Form condition of field '{}' not evaluated ({})", rule.key(), e.getClass().getSimpleName());
            }
        }
        return false;
    }

    private FeelEngine feel() {
        FeelEngine engine = feel;
        if (engine == null) {
            engine = new ScalaFeelEngineFactory().createInstance();
            feel = engine;
        }
        return engine;
    }
}
