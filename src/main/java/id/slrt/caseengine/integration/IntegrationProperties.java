package id.slrt.caseengine.integration;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code slrt.standins.*}: the local stand-ins of the agency systems on the embedded default. */
@ConfigurationProperties("slrt.standins")
public class IntegrationProperties {

    /** How often the stand-ins fetch their external tasks. */
    private Duration interval = Duration.ofSeconds(2);
    private final Scheduler scheduler = new Scheduler();

    public Duration getInterval() {
        return interval;
    }

    public void setInterval(Duration interval) {
        this.interval = interval;
    }

    public Scheduler getScheduler() {
        return scheduler;
    }

    public static class Scheduler {
        /** Whether the stand-ins poll by themselves (tests drive them with pollOnce()). */
        private boolean enabled = true;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
