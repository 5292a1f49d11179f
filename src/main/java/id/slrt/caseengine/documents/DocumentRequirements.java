package id.slrt.caseengine.documents;

import id.slrt.caseengine.catalogue.DocumentKinds;
import id.slrt.caseengine.platform.DecisionTables;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The documents a service needs at a step (decision {@code documentRequirements}, bpmn/document-requirements.dmn). */
@Component
public class DocumentRequirements {

    public static final String DECISION = "documentRequirements";

    /** One required kind and whether the case has it attached. */
    public record Requirement(String kind, String label, boolean attached) {
    }

    private final DecisionTables decisions;
    private final DocumentKinds kinds;
    private final CaseDocuments documents;

    public DocumentRequirements(DecisionTables decisions, DocumentKinds kinds, CaseDocuments documents) {
        this.decisions = decisions;
        this.kinds = kinds;
        this.documents = documents;
    }

    /** The kinds the table lists for the service and step, in rule order. */
    public List<String> required(String service, String step) {
        return decisions.evaluate(DECISION, Map.of("service", service, "step", step)).stream()
                .map(row -> (String) row.get("kind")).distinct().toList();
    }

    /** The checklist of a case at a step: each required kind, attached or not. */
    public List<Requirement> checklist(long caseId, String service, String step) {
        Set<String> attached = documents.attachedKinds(caseId);
        return required(service, step).stream()
                .map(kind -> new Requirement(kind, kinds.find(kind).map(DocumentKinds.Kind::label).orElse(kind),
                        attached.contains(kind)))
                .toList();
    }
}
