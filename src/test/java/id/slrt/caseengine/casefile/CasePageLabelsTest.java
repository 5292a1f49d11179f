package id.slrt.caseengine.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The staff case page shows Indonesian words, not codes, for what the diagrams record. */
class CasePageLabelsTest {

    final CasePageLabels labels = new CasePageLabels();

    @Test
    void everyEventTypeAndFixedOutcomeOfTheDiagramsHasAnIndonesianLabel() throws Exception {
        TreeSet<String> missing = new TreeSet<>();
        Pattern eventType = Pattern.compile("name=\"eventType\">([A-Z_]+)<");
        Pattern outcome = Pattern.compile("name=\"(?:outcome|caseOutcome)\">([A-Z_]+)<");
        try (var diagrams = Files.list(Path.of("bpmn"))) {
            for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                String xml = Files.readString(diagram);
                for (Matcher m = eventType.matcher(xml); m.find(); ) {
                    if (labels.event(m.group(1)).equals(m.group(1))) {
                        missing.add(diagram.getFileName() + " event " + m.group(1));
                    }
                }
                for (Matcher m = outcome.matcher(xml); m.find(); ) {
                    if (labels.outcome(m.group(1)).equals(m.group(1))) {
                        missing.add(diagram.getFileName() + " outcome " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void codesReadAsWords() {
        assertThat(labels.outcome("REUNIFIED")).isEqualTo("Kembali ke keluarga");
        assertThat(labels.relationship("PARENT")).isEqualTo("Orang tua");
        assertThat(labels.event("HANDOVER_RECORDED")).isEqualTo("Berita acara serah terima dicatat");
        assertThat(labels.outcome(null)).isEqualTo("-");
    }
}
