package id.slrt.caseengine.system;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The time the case file records. It follows the engine clock so that process tests that move the
 * engine clock see consistent times in the case file and the event log.
 */
@Component
public class OfficeClock {

    private final ZoneId zone;

    public OfficeClock(OfficeProperties properties) {
        this.zone = properties.getZone();
    }

    public OffsetDateTime now() {
        return OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
    }

    public ZoneId zone() {
        return zone;
    }
}
