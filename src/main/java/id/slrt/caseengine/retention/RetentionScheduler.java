package id.slrt.caseengine.retention;

import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/** Runs the retention job on {@code slrt.retention.schedule} when {@code slrt.retention.enabled} (off in tests). */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "slrt.retention.enabled", havingValue = "true", matchIfMissing = true)
class RetentionScheduler implements SchedulingConfigurer {

    private final RetentionJob job;
    private final RetentionProperties properties;
    private final id.slrt.caseengine.system.OfficeClock clock;

    RetentionScheduler(RetentionJob job, RetentionProperties properties, id.slrt.caseengine.system.OfficeClock clock) {
        this.job = job;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addTriggerTask(this::runQuietly, new CronTrigger(properties.getSchedule(), clock.zone()));
    }

    private void runQuietly() {
        try {
            job.run();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(RetentionScheduler.class).error("Retention run failed", e);
        }
    }
}
