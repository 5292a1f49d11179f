package id.slrt.caseengine.catalogue;

import id.slrt.caseengine.platform.DecisionTables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The service catalogue: the rows of the DMN table {@code serviceProcess} (bpmn/service-routing.dmn), one per
 * service, read as entries. Analysts add a service by adding a row; routing, intake requirements, the OpenAPI
 * document, the start forms and the citizen page all read from here.
 */
@Component
public class ServiceCatalogue {

    /** A required document: a kind of bpmn/document-kinds.dmn and the text the office publishes for it. */
    public record RequiredDocument(String kind, String text) {
    }

    public record Entry(String serviceType, String processKey, String label, String description,
                        List<String> ppksTypes, List<RequiredDocument> documents, String unit, String agencyCode,
                        String letter, String answerTarget, String completionTarget) {
    }

    private final DecisionTables decisions;

    public ServiceCatalogue(DecisionTables decisions) {
        this.decisions = decisions;
    }

    public Optional<Entry> find(String serviceType) {
        if (serviceType == null || serviceType.isBlank()) {
            return Optional.empty();
        }
        return decisions.evaluate(ServiceRouting.DECISION, Map.of("serviceType", serviceType)).stream().findFirst()
                .map(row -> entry(serviceType, row));
    }

    /** Every entry in table order. */
    public List<Entry> all() {
        return decisions.stringInputEntries(ServiceRouting.DECISION, 0).stream().map(this::find)
                .flatMap(Optional::stream).toList();
    }

    /** The PPKS types the service suggests (empty when it suggests none). */
    public List<String> suggestedPpks(String serviceType) {
        return find(serviceType).map(Entry::ppksTypes).orElse(List.of());
    }

    public static Entry entry(String serviceType, Map<String, Object> row) {
        return new Entry(serviceType, text(row, "processKey"), text(row, "label"), text(row, "description"),
                codes(text(row, "ppksTypes")), documents(text(row, "requiredDocuments")), text(row, "unit"),
                text(row, "agencyCode"), text(row, "letter"), text(row, "answerTarget"),
                text(row, "completionTarget"));
    }

    /** "A, B" as [A, B]; blank as empty. */
    public static List<String> codes(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** "KTP: fotokopi KTP; KK: fotokopi KK" as documents; an item without a colon is a kind with no text. */
    public static List<RequiredDocument> documents(String cell) {
        List<RequiredDocument> result = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return result;
        }
        for (String item : cell.split(";")) {
            String part = item.strip();
            if (part.isEmpty()) {
                continue;
            }
            int colon = part.indexOf(':');
            result.add(colon < 0 ? new RequiredDocument(part, null)
                    : new RequiredDocument(part.substring(0, colon).strip(), part.substring(colon + 1).strip()));
        }
        return result;
    }

    private static String text(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
