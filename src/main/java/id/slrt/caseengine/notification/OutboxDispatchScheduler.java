package id.slrt.caseengine.notification;

import id.slrt.caseengine.system.OfficeClock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The dispatcher bean, and its background run every {@code slrt.notification.dispatcher.interval} when
 * {@code slrt.notification.dispatcher.enabled} is true (it is off in tests, which drive the dispatcher).
 */
@Configuration
public class OutboxDispatchScheduler {

    @Bean
    OutboxDispatcher outboxDispatcher(OutboxStore store, MessageSenders senders, NotificationProperties properties,
                                      OfficeClock clock, SmsFallback fallback) {
        return new OutboxDispatcher(store, senders, properties.getDispatcher(), clock,
                OutboxDispatcher.defaultInstanceName(), new WhatsAppForms(properties.getWhatsapp()),
                (message, error) -> fallback.fallBack(message.outboxId(), error));
    }

    @Configuration
    @EnableScheduling
    @ConditionalOnProperty(name = "slrt.notification.dispatcher.enabled", havingValue = "true", matchIfMissing = true)
    static class Background implements SchedulingConfigurer {

        private final OutboxDispatcher dispatcher;
        private final NotificationProperties properties;

        Background(OutboxDispatcher dispatcher, NotificationProperties properties) {
            this.dispatcher = dispatcher;
            this.properties = properties;
        }

        @Override
        public void configureTasks(ScheduledTaskRegistrar registrar) {
            registrar.addFixedDelayTask(this::runQuietly, properties.getDispatcher().getInterval());
        }

        private void runQuietly() {
            try {
                // Keep going while full batches come back, so a backlog drains without waiting an interval each.
                int batch = properties.getDispatcher().getBatchSize();
                while (dispatcher.dispatchOnce().claimed() >= batch) {
                    Thread.onSpinWait();
                }
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(OutboxDispatchScheduler.class).error("Outbox dispatch run failed", e);
            }
        }
    }
}
