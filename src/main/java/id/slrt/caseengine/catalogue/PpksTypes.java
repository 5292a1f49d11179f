package id.slrt.caseengine.catalogue;

import id.slrt.caseengine.platform.DecisionTables;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The 26 PPKS types (Permensos 8/2012, kept by Permensos 5/2019) from the DMN table {@code ppksType}
 * (bpmn/ppks-types.dmn): the classification every case carries and offices report upward by.
 */
@Component
public class PpksTypes {

    public static final String DECISION = "ppksType";

    /** A type: its code, its number in the regulation's list (1-26) and its Indonesian name. */
    public record PpksType(String code, int number, String label) {
    }

    private final DecisionTables decisions;

    public PpksTypes(DecisionTables decisions) {
        this.decisions = decisions;
    }

    public Optional<PpksType> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return decisions.evaluate(DECISION, Map.of("code", code)).stream().findFirst()
                .map(row -> new PpksType(code, ((Number) row.get("number")).intValue(), (String) row.get("label")));
    }

    /** Every type in the regulation's order. */
    public List<PpksType> all() {
        return decisions.stringInputEntries(DECISION, 0).stream().map(this::find).flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparingInt(PpksType::number)).toList();
    }

    /** The codes of {@code codes} that are not PPKS types, in their order. */
    public List<String> unknown(Collection<String> codes) {
        return codes.stream().filter(code -> find(code).isEmpty()).toList();
    }

    public String labelOf(String code) {
        return find(code).map(PpksType::label).orElse(code);
    }
}
