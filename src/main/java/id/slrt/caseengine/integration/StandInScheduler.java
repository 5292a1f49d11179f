package id.slrt.caseengine.integration;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the local stand-ins in the background every {@code slrt.standins.interval} (default 2 s). Off in the
 * tests ({@code slrt.standins.scheduler.enabled=false}), which call {@link LocalStandInWorker#pollOnce()}.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "slrt.standins.scheduler.enabled", havingValue = "true", matchIfMissing = true)
public class StandInScheduler implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(StandInScheduler.class);

    private final List<LocalStandInWorker> workers;
    private final Duration interval;

    public StandInScheduler(List<LocalStandInWorker> workers,
                            IntegrationProperties properties) {
        this.workers = workers;
        this.interval = properties.getInterval();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!workers.isEmpty()) {
            registrar.addFixedDelayTask(this::pollAll, interval);
        }
    }

    private void pollAll() {
        for (LocalStandInWorker worker : workers) {
            try {
                worker.pollOnce();
            } catch (RuntimeException e) {
                log.error("Stand-in for topic {} failed", worker.topic(), e);
            }
        }
    }
}
