package id.slrt.caseengine.security.logging;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.caseengine.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Personal data never reaches the console unmasked, whatever a log statement passes in. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogMaskingTest {

    private static final Logger log = LoggerFactory.getLogger(LogMaskingTest.class);

    @Test
    void identityNumbersPhonesAndNamedFieldsAreMaskedInMessagesAndStackTraces(CapturedOutput output) {
        log.info("Intake for NIK 3516015203850001, KK 3516011503200001, phone +6281234500001 or 0812-3450-0002");
        log.info("subjectName=Sri Wahyuni, address: Jl. RA Basuni 8; payload {\"name\":\"Sri Wahyuni\",\"nik\":\"x\"}");
        log.warn("Failed", new IllegalStateException("variables {reporterName=Pak Slamet, reporterPhone=081234500002}"));

        String logged = output.getOut();
        assertThat(logged).contains("Intake for NIK 3516************");
        assertThat(logged).doesNotContain("3516015203850001", "3516011503200001", "81234500001", "0812-3450-0002",
                "Sri Wahyuni", "Basuni", "Pak Slamet", "81234500002");
        assertThat(logged).contains("+62*********01").contains("subjectName=***").contains("\"name\":\"***\"");
        assertThat(logged).contains("IllegalStateException").contains("reporterName=***");
    }

    @Test
    void ordinaryNumbersAndTextAreLeftAlone() {
        assertThat(PersonalDataMasker.mask("case SLRT-3516-2026-000123 took 1234567 ms; port 8080"))
                .isEqualTo("case SLRT-3516-2026-000123 took 1234567 ms; port 8080");
        assertThat(PersonalDataMasker.mask("id 35160152038500012345")).isEqualTo("id 35160152038500012345");
    }
}
