package id.slrt.caseengine.catalogue;

import id.slrt.caseengine.platform.DecisionTables;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The kinds of case document analysts list in the DMN table {@code documentKind} (bpmn/document-kinds.dmn). */
@Component
public class DocumentKinds {

    public static final String DECISION = "documentKind";

    /** A kind: its code, Indonesian label and whether its documents are personal data. */
    public record Kind(String code, String label, boolean personal) {
    }

    private final DecisionTables decisions;

    public DocumentKinds(DecisionTables decisions) {
        this.decisions = decisions;
    }

    public Optional<Kind> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return decisions.evaluate(DECISION, Map.of("kind", code)).stream().findFirst()
                .map(row -> new Kind(code, (String) row.get("label"), Boolean.TRUE.equals(row.get("personal"))));
    }

    /** Every kind in table order. */
    public List<Kind> all() {
        return decisions.stringInputEntries(DECISION, 0).stream()
                .map(this::find).flatMap(Optional::stream).toList();
    }
}
