package id.slrt.caseengine.catalogue;

import id.slrt.caseengine.platform.DecisionTables;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The fields a service needs at intake, from the DMN table {@code intakeRequirements} (bpmn/intake-requirements.dmn). */
@Component
public class IntakeRequirements {

    public static final String DECISION = "intakeRequirements";

    /** {@code field} is the JSON path (subject.nik), {@code label} the Indonesian name shown in the error. */
    public record Requirement(String field, String label) {
    }

    private final DecisionTables decisions;

    public IntakeRequirements(DecisionTables decisions) {
        this.decisions = decisions;
    }

    /** Indonesian names of the intake fields a catalogue entry may require (column intakeFields). */
    public static final Map<String, String> FIELD_LABELS = Map.of(
            "subject.nik", "NIK penerima layanan", "subject.kkNumber", "Nomor KK penerima layanan",
            "subject.name", "Nama penerima layanan", "subject.birthDate", "Tanggal lahir penerima layanan",
            "subject.sex", "Jenis kelamin penerima layanan", "subject.address", "Alamat penerima layanan",
            "reporter.name", "Nama pelapor", "reporter.phone", "Nomor HP pelapor", "description", "Uraian kebutuhan");

    /** The rows of intake-requirements.dmn, then the service's catalogue entry's own intake fields. */
    public List<Requirement> forService(String serviceType) {
        List<Requirement> rows = new java.util.ArrayList<>(decisions.evaluate(DECISION, Map.of("serviceType", serviceType))
                .stream().map(r -> new Requirement((String) r.get("field"), (String) r.get("label"))).toList());
        decisions.evaluate(ServiceRouting.DECISION, Map.of("serviceType", serviceType)).stream().findFirst()
                .map(row -> row.get("intakeFields")).map(Object::toString).map(ServiceCatalogue::codes)
                .orElse(List.of())
                .forEach(field -> rows.add(new Requirement(field, FIELD_LABELS.getOrDefault(field, field))));
        Set<String> seen = new java.util.HashSet<>();
        return rows.stream().filter(r -> seen.add(r.field())).toList();
    }
}
