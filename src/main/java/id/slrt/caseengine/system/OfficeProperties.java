package id.slrt.caseengine.system;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code slrt.zone}: the one setting every part of the application shares. */
@ConfigurationProperties("slrt")
public class OfficeProperties {

    /** Time zone the office works in: registration years, working days, "today" in Tasklist and every date shown. */
    private ZoneId zone = ZoneId.of("Asia/Jakarta");

    public ZoneId getZone() {
        return zone;
    }

    public void setZone(ZoneId zone) {
        this.zone = zone;
    }
}
