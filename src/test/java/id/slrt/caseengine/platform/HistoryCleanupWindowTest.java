package id.slrt.caseengine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.caseengine.support.IntegrationTest;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * History cleanup runs 01:00-05:00 office time (WIB) whatever zone the JVM or container runs in: the window carries
 * its offset. Without it a UTC container ran cleanup 08:00-12:00 WIB, in office hours.
 */
@IntegrationTest
class HistoryCleanupWindowTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void theWindowIsOneToFiveAtNightInJakartaWhateverTheJvmZone() {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        var start = configuration.getHistoryCleanupBatchWindowStartTimeAsDate().toInstant();
        var end = configuration.getHistoryCleanupBatchWindowEndTimeAsDate().toInstant();
        assertThat(start.atZone(ZoneId.of("Asia/Jakarta")).getHour()).isEqualTo(1);
        assertThat(end.atZone(ZoneId.of("Asia/Jakarta")).getHour()).isEqualTo(5);
        assertThat(start.atZone(ZoneOffset.UTC).getHour()).as("18:00 UTC the evening before").isEqualTo(18);
    }
}
