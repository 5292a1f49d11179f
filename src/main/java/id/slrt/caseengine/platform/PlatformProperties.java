package id.slrt.caseengine.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code slrt.decisions}, {@code slrt.engine-tuning}, {@code slrt.database-watch}, {@code slrt.engine-metrics}: the
 * engine and database plumbing.
 */
@ConfigurationProperties("slrt")
public class PlatformProperties {

    private final Decisions decisions = new Decisions();
    private final EngineTuning engineTuning = new EngineTuning();
    private final DatabaseWatch databaseWatch = new DatabaseWatch();
    private final EngineMetrics engineMetrics = new EngineMetrics();

    public EngineMetrics getEngineMetrics() {
        return engineMetrics;
    }

    public static class EngineMetrics {
        /** The engine health gauges (incidents, failed jobs, backlog) query the engine at most this often. */
        private Duration refresh = Duration.ofSeconds(30);

        public Duration getRefresh() {
            return refresh;
        }

        public void setRefresh(Duration refresh) {
            this.refresh = refresh;
        }
    }

    public Decisions getDecisions() {
        return decisions;
    }

    public EngineTuning getEngineTuning() {
        return engineTuning;
    }

    public DatabaseWatch getDatabaseWatch() {
        return databaseWatch;
    }

    public static class Decisions {
        /** How long the latest version of a decision table is remembered before it is read again. */
        private Duration latestCache = Duration.ofSeconds(10);

        public Duration getLatestCache() {
            return latestCache;
        }

        public void setLatestCache(Duration latestCache) {
            this.latestCache = latestCache;
        }
    }

    public static class EngineTuning {
        /** Indexes and planner statistics on the engine's tables (docs/performance.md); off where a DBA manages them. */
        private boolean enabled = true;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    public static class DatabaseWatch {
        /** How often an unreachable database is probed (0: tests probe it themselves). */
        private Duration interval = Duration.ofSeconds(2);

        public Duration getInterval() {
            return interval;
        }

        public void setInterval(Duration interval) {
            this.interval = interval;
        }
    }
}
