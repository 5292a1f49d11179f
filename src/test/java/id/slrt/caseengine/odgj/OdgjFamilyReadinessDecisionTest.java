package id.slrt.caseengine.odgj;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rows of bpmn/odgj-family-readiness.dmn, one family at a time. */
class OdgjFamilyReadinessDecisionTest {

    static DmnEngine dmn;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream table = new FileInputStream("bpmn/odgj-family-readiness.dmn")) {
            decision = dmn.parseDecision("odgjFamilyReadiness", table);
        }
    }

    @Test
    void aWillingFamilyWithACaregiverAndASafeHomeIsReadyEvenBeforeTreatmentIsArranged() {
        assertThat(decide("WILLING", true, true, false)).containsEntry("readiness", "READY");
        assertThat(decide("HESITANT", true, true, true)).containsEntry("readiness", "READY");
    }

    @Test
    void aFamilyThatRefusesIsNotReadyWhateverElseIsTrue() {
        assertThat(decide("REFUSED", true, true, true)).containsEntry("readiness", "NOT_READY")
                .containsEntry("readinessReason", "Keluarga menolak menerima kembali");
    }

    @Test
    void withoutACaregiverOrASafeHomeTheFamilyIsNotReady() {
        assertThat(decide("WILLING", false, true, true)).containsEntry("readiness", "NOT_READY")
                .containsEntry("readinessReason", "Tidak ada anggota keluarga yang sanggup mendampingi sehari-hari");
        assertThat(decide("WILLING", true, false, true)).containsEntry("readiness", "NOT_READY")
                .extractingByKey("readinessReason").asString().contains("pemasungan");
    }

    @Test
    void aHesitantFamilyWithoutTreatmentAccessIsNotReady() {
        assertThat(decide("HESITANT", true, true, false)).containsEntry("readiness", "NOT_READY")
                .extractingByKey("readinessReason").asString().contains("ragu");
    }

    @Test
    void anIncompleteAssessmentNeverDeclaresTheFamilyReady() {
        assertThat(decide("WILLING", null, true, true)).containsEntry("readiness", "NOT_READY")
                .extractingByKey("readinessReason").asString().contains("belum lengkap");
    }

    private static Map<String, Object> decide(String willing, Boolean caregiver, Boolean safeHome, Boolean treatment) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("familyWilling", willing);
        variables.put("caregiverAvailable", caregiver);
        variables.put("homeSafe", safeHome);
        variables.put("treatmentAccess", treatment);
        DmnDecisionRuleResult row = dmn.evaluateDecisionTable(decision, variables).getSingleResult();
        assertThat(row).as("a row matches").isNotNull();
        return row.getEntryMap();
    }
}
