package id.slrt.caseengine.gepeng;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rows of the gepeng decision tables, evaluated on their own with a standalone DMN engine: the office is
 * Kabupaten Mojokerto (3516); a person from Kota Surabaya (3578) is from another region.
 */
class GepengDecisionTablesTest {

    static final String OFFICE = "3516";
    static final String SURABAYA = "3578";

    static DmnEngine dmn;
    static DmnDecision classification;
    static DmnDecision intervention;

    @BeforeAll
    static void parseTables() throws IOException {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = new FileInputStream("bpmn/gepeng-classification.dmn")) {
            classification = dmn.parseDecision("gepengClassification", in);
        }
        try (InputStream in = new FileInputStream("bpmn/gepeng-intervention.dmn")) {
            intervention = dmn.parseDecision("gepengIntervention", in);
        }
    }

    @Test
    void aChildTakesTheChildProtectionPathWhateverTheDomicileOrHealth() {
        assertThat(classify(11, true, SURABAYA)).containsEntry("classification", "CHILD");
        assertThat(classify(17, false, OFFICE)).containsEntry("classification", "CHILD")
                .containsEntry("classificationReason", "Anak (di bawah 18 tahun): jalur perlindungan anak");
        assertThat(classify(18, false, OFFICE)).containsEntry("classification", "LOCAL_RESIDENT");
    }

    @Test
    void anAdultWithSignsOfMentalIllnessIsASuspectedOdgjFromAnyRegion() {
        assertThat(classify(45, true, SURABAYA)).containsEntry("classification", "SUSPECTED_ODGJ");
        assertThat(classify(45, true, OFFICE)).containsEntry("classification", "SUSPECTED_ODGJ");
        assertThat(classify(45, true, null)).containsEntry("classification", "SUSPECTED_ODGJ");
    }

    @Test
    void anAdultFromAnotherRegencyIsReturnedHome() {
        assertThat(classify(30, false, SURABAYA)).containsEntry("classification", "OTHER_REGION")
                .containsEntry("classificationReason",
                        "Berdomisili di kabupaten/kota lain: dipulangkan melalui Dinas Sosial daerah asal");
    }

    @Test
    void aLocalResidentOrAPersonOfUnknownDomicileIsHandledHere() {
        assertThat(classify(30, false, OFFICE)).containsEntry("classification", "LOCAL_RESIDENT")
                .containsEntry("classificationReason", "Warga setempat: rehabilitasi sosial atau pemberdayaan");
        // Tasklist submits an empty text field as "" or leaves it out.
        assertThat(classify(30, false, "")).containsEntry("classification", "LOCAL_RESIDENT")
                .containsEntry("classificationReason", "Domisili tidak diketahui: ditangani sebagai warga setempat");
        assertThat(classify(30, false, null)).containsEntry("classification", "LOCAL_RESIDENT")
                .containsEntry("classificationReason", "Domisili tidak diketahui: ditangani sebagai warga setempat");
    }

    @Test
    void peopleWithADisabilityOlderPeopleAndThoseNotAbleToWorkAreRecommendedRehabilitation() {
        assertThat(recommend(true, 35, true, true)).containsEntry("recommendedIntervention", "REHABILITATION")
                .containsEntry("interventionReason", "Penyandang disabilitas: rehabilitasi sosial di panti/UPT");
        assertThat(recommend(false, 60, true, false)).containsEntry("recommendedIntervention", "REHABILITATION")
                .containsEntry("interventionReason", "Lanjut usia (60 tahun ke atas): rehabilitasi sosial di panti/UPT");
        // An empty output cell gives no value: the diagram reads null.
        assertThat(recommend(false, 59, false, false)).containsEntry("recommendedIntervention", "REHABILITATION")
                .doesNotContainKey("recommendedEmpowerment");
    }

    @Test
    void peopleAbleToWorkAreRecommendedKubeOrSkillsTraining() {
        assertThat(recommend(false, 59, true, true)).containsEntry("recommendedIntervention", "EMPOWERMENT")
                .containsEntry("recommendedEmpowerment", "KUBE");
        assertThat(recommend(false, 25, true, false)).containsEntry("recommendedIntervention", "EMPOWERMENT")
                .containsEntry("recommendedEmpowerment", "SKILLS_TRAINING");
    }

    private static Map<String, Object> classify(int age, boolean suspectedMentalIllness, String domicile) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("age", (long) age);
        variables.put("suspectedMentalIllness", suspectedMentalIllness);
        variables.put("domicileRegionCode", domicile);
        variables.put("regionCode", OFFICE);
        return single(dmn.evaluateDecision(classification, variables).getSingleResult());
    }

    private static Map<String, Object> recommend(boolean disability, int age, boolean ableToWork, boolean kube) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("hasDisability", disability);
        variables.put("age", (long) age);
        variables.put("ableToWork", ableToWork);
        variables.put("interestedInKube", kube);
        return single(dmn.evaluateDecision(intervention, variables).getSingleResult());
    }

    private static Map<String, Object> single(DmnDecisionResultEntries row) {
        assertThat(row).as("a matching row").isNotNull();
        return new HashMap<>(row.getEntryMap());
    }
}
