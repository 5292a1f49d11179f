package id.slrt.caseengine.catalogue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * The deploy-time check of the service catalogue (decision {@code serviceProcess}): every entry names known PPKS
 * types, document kinds, an agency of slrt.agency and a letter that has a template; its targets are ISO durations.
 * Pure: the reference lists are given.
 */
public final class CatalogueCheck {

    /** What the entries may name; {@code letters} empty means letters are not checked. */
    public record References(Set<String> ppksTypes, Set<String> documentKinds, Set<String> agencies,
                             Optional<Set<String>> letters) {
    }

    private CatalogueCheck() {
    }

    /** The rows of a decision table as column name to literal text (quotes removed), by decision id, if present. */
    public static Optional<List<Map<String, String>>> rows(byte[] dmn, String decisionId) {
        DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(dmn));
        if (!(model.getModelElementById(decisionId) instanceof Decision decision)) {
            return Optional.empty();
        }
        DecisionTable table = decision.getChildElementsByType(DecisionTable.class).iterator().next();
        List<String> outputs = table.getOutputs().stream().map(Output::getName).toList();
        List<Map<String, String>> rows = new ArrayList<>();
        for (Rule rule : table.getRules()) {
            Map<String, String> row = new LinkedHashMap<>();
            String input = rule.getInputEntries().iterator().next().getTextContent();
            row.put("", literal(input));
            List<OutputEntry> entries = new ArrayList<>(rule.getOutputEntries());
            for (int i = 0; i < Math.min(outputs.size(), entries.size()); i++) {
                row.put(outputs.get(i), literal(entries.get(i).getTextContent()));
            }
            rows.add(row);
        }
        return Optional.of(rows);
    }

    /** The problems of the catalogue's rows, one line each, in Indonesian for the analyst. */
    public static List<String> problems(List<Map<String, String>> rows, References known) {
        List<String> problems = new ArrayList<>();
        for (Map<String, String> row : rows) {
            String service = row.get("");
            String where = "Katalog layanan, " + (service == null ? "baris tanpa kode" : service) + ": ";
            if (service == null || !service.matches("[A-Z][A-Z_]{2,39}")) {
                problems.add(where + "kode layanan harus 3-40 huruf besar atau garis bawah, misalnya RTLH_REFERRAL");
            }
            for (String ppks : ServiceCatalogue.codes(row.get("ppksTypes"))) {
                if (!known.ppksTypes().contains(ppks)) {
                    problems.add(where + "jenis PPKS '" + ppks + "' tidak ada di bpmn/ppks-types.dmn");
                }
            }
            for (ServiceCatalogue.RequiredDocument document : ServiceCatalogue.documents(row.get("requiredDocuments"))) {
                if (!known.documentKinds().contains(document.kind())) {
                    problems.add(where + "jenis dokumen '" + document.kind() + "' tidak ada di bpmn/document-kinds.dmn");
                }
            }
            String agency = blankToNull(row.get("agencyCode"));
            if (agency != null && !known.agencies().contains(agency)) {
                problems.add(where + "instansi '" + agency + "' tidak ada di tabel slrt.agency");
            }
            String letter = blankToNull(row.get("letter"));
            if (letter != null && known.letters().isPresent() && !known.letters().get().contains(letter)) {
                problems.add(where + "surat '" + letter + "' tidak punya templat letters/" + letter + ".html");
            }
            for (String field : ServiceCatalogue.codes(row.get("intakeFields"))) {
                if (!IntakeRequirements.FIELD_LABELS.containsKey(field)) {
                    problems.add(where + "isian pendaftaran '" + field + "' tidak dikenal; pilihan: "
                            + String.join(", ", new java.util.TreeSet<>(IntakeRequirements.FIELD_LABELS.keySet())));
                }
            }
            for (String column : List.of("answerTarget", "completionTarget")) {
                String target = blankToNull(row.get(column));
                if (target != null && !isDuration(target)) {
                    problems.add(where + column + " '" + target + "' bukan durasi ISO-8601 (misalnya P14D atau PT8H)");
                }
            }
        }
        return problems;
    }

    static boolean isDuration(String text) {
        try {
            if (text.contains("T")) {
                Duration.parse(text);
            } else {
                Period.parse(text);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String literal(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1);
        }
        return t.isEmpty() ? null : t;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
