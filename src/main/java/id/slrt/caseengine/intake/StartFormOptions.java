package id.slrt.caseengine.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Fills the static options of a Camunda form's select fields, by key, from reference tables. */
final class StartFormOptions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StartFormOptions() {
    }

    static byte[] fill(byte[] form, Map<String, List<Map<String, String>>> optionsByKey) throws IOException {
        JsonNode root = JSON.readTree(form);
        boolean changed = fill(root, optionsByKey);
        return changed ? JSON.writeValueAsBytes(root) : form;
    }

    private static boolean fill(JsonNode node, Map<String, List<Map<String, String>>> optionsByKey) {
        boolean changed = false;
        JsonNode components = node.get("components");
        if (components instanceof ArrayNode list) {
            for (JsonNode component : list) {
                if (component instanceof ObjectNode field && field.hasNonNull("key")
                        && "select".equals(field.path("type").asText())
                        && optionsByKey.containsKey(field.get("key").asText())) {
                    ArrayNode values = field.putArray("values");
                    optionsByKey.get(field.get("key").asText()).forEach(option -> values.addObject()
                            .put("label", option.get("label")).put("value", option.get("value")));
                    field.remove("valuesKey");
                    field.remove("valuesExpression");
                    changed = true;
                }
                changed |= fill(component, optionsByKey);
            }
        }
        return changed;
    }
}
