package id.slrt.caseengine.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A deployed Camunda Form as the server sees it: the fields a submission may carry (enabled fields with a key;
 * form-js leaves disabled fields out of what it submits) and each field's validation rules.
 */
public record FormDefinition(String id, List<FieldRule> fields) {

    /** A field's rules: {@code validate} of the form, the options of a select or radio, its hide conditions. */
    public record FieldRule(String key, String label, String type, String subtype, JsonNode validate,
                            List<String> options, List<String> hiddenWhen) {
    }

    public static FormDefinition of(JsonNode form) {
        List<FieldRule> rules = new ArrayList<>();
        collect(form, List.of(), rules);
        return new FormDefinition(form.path("id").asText(), List.copyOf(rules));
    }

    /** Keys a submission of this form may carry. */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        fields.forEach(f -> keys.add(f.key()));
        return keys;
    }

    private static void collect(JsonNode container, List<String> hiddenWhen, List<FieldRule> rules) {
        for (JsonNode component : container.path("components")) {
            String type = component.path("type").asText();
            List<String> hidden = hiddenWhen;
            String hide = component.path("conditional").path("hide").asText("").strip();
            if (!hide.isEmpty()) {
                hidden = new ArrayList<>(hiddenWhen);
                hidden.add(hide.startsWith("=") ? hide.substring(1) : hide);
            }
            if (component.hasNonNull("key") && !component.path("disabled").asBoolean(false)
                    && !component.path("readonly").asBoolean(false)) {
                List<String> options = new ArrayList<>();
                if (type.equals("select") || type.equals("radio")) {
                    component.path("values").forEach(option -> options.add(option.path("value").asText()));
                }
                String label = component.path("label").asText(component.get("key").asText());
                rules.add(new FieldRule(component.get("key").asText(), label, type,
                        component.path("subtype").asText(null), component.path("validate"), List.copyOf(options),
                        List.copyOf(hidden)));
            }
            if (component.has("components") && !type.equals("dynamiclist")) {
                collect(component, hidden, rules);
            }
        }
    }
}
