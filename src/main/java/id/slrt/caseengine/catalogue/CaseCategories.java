package id.slrt.caseengine.catalogue;

import id.slrt.caseengine.platform.DecisionTables;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Categories of a service, from the DMN table {@code caseCategory} (bpmn/case-categories.dmn). */
@Component
public class CaseCategories {

    public static final String DECISION = "caseCategory";

    public record Category(String code, String label, boolean reporterConfidential) {
    }

    private final DecisionTables decisions;

    public CaseCategories(DecisionTables decisions) {
        this.decisions = decisions;
    }

    public Optional<Category> find(String serviceType, String category) {
        Map<String, Object> input = new java.util.HashMap<>();
        input.put("serviceType", serviceType);
        input.put("category", category);
        return decisions.evaluate(DECISION, input).stream().findFirst()
                .map(row -> new Category(category, (String) row.get("label"),
                        Boolean.TRUE.equals(row.get("reporterConfidential"))));
    }

    /** The category codes the table knows for a service, in table order. */
    public List<String> codesFor(String serviceType) {
        List<String> services = decisions.stringInputEntries(DECISION, 0);
        List<String> codes = decisions.stringInputEntries(DECISION, 1);
        List<String> result = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(services.size(), codes.size()); i++) {
            if (services.get(i).equals(serviceType)) {
                result.add(codes.get(i));
            }
        }
        return result;
    }
}
