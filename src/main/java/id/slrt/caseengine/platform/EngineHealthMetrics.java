package id.slrt.caseengine.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToLongFunction;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine's health at {@code /actuator/prometheus}, what an operator alerts on: open incidents (a job out of
 * retries, a failed external task), jobs that failed for good (no retries left: a timer or an asynchronous step that
 * will not run until someone acts in Cockpit), and the backlog of jobs due now that no job executor has taken
 * (growing: the job executor is stopped or too slow). Counted at most once per {@code slrt.engine-metrics.refresh},
 * as the system, whatever the scrape's user may see.
 */
@Component
public class EngineHealthMetrics {

    record Counts(long incidents, long failedJobs, long backlog) {
    }

    private static final Logger log = LoggerFactory.getLogger(EngineHealthMetrics.class);

    private final ProcessEngine engine;
    private final long refreshMillis;
    private Counts counts;
    private long countedAt;

    public EngineHealthMetrics(ProcessEngine engine, MeterRegistry meters, PlatformProperties properties) {
        this.engine = engine;
        this.refreshMillis = properties.getEngineMetrics().getRefresh().toMillis();
        gauge(meters, "slrt.engine.incidents.open", "Open engine incidents (see Cockpit)", Counts::incidents);
        gauge(meters, "slrt.engine.jobs.failed", "Jobs with no retries left", Counts::failedJobs);
        gauge(meters, "slrt.engine.jobs.backlog", "Jobs due now, not yet taken by a job executor", Counts::backlog);
    }

    private void gauge(MeterRegistry meters, String name, String description, ToLongFunction<Counts> value) {
        Gauge.builder(name, this, metrics -> {
            Counts current = metrics.current();
            return current == null ? Double.NaN : value.applyAsLong(current);
        }).description(description).register(meters);
    }

    synchronized Counts current() {
        long now = System.currentTimeMillis();
        if (counts == null || now - countedAt >= refreshMillis) {
            try {
                counts = AsSystem.call(engine.getIdentityService(), () -> new Counts(
                        engine.getRuntimeService().createIncidentQuery().count(),
                        engine.getManagementService().createJobQuery().noRetriesLeft().count(),
                        engine.getManagementService().createJobQuery().executable().active().count()));
                countedAt = now;
            } catch (RuntimeException e) {
                log.warn("Engine health gauges not updated: {}", e.toString());
            }
        }
        return counts;
    }
}
