package id.slrt.caseengine.notification;

import id.slrt.caseengine.system.OfficeClock;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the outbox holds. Contract:
 * <ul>
 *   <li><b>At least once.</b> A message is claimed with a lease, sent, then marked. If the instance stops
 *   between sending and marking, the lease runs out and the message is sent again; nothing is lost, a
 *   message may arrive twice.</li>
 *   <li><b>Several instances.</b> Claiming uses {@code for update skip locked}: each due message goes to one
 *   instance at a time.</li>
 *   <li><b>Retries.</b> A failed send is retried after {@code initialBackoff x 2^(attempt-1)} (capped at
 *   {@code maxBackoff}); after {@code maxAttempts}, or at once for a permanent refusal, the message is
 *   FAILED with the last error, visible at {@code GET /api/notifications/outbox?status=FAILED}.</li>
 * </ul>
 * Tests call {@link #dispatchOnce()} directly; {@link OutboxDispatchScheduler} calls it in the running app.
 */
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    /** What one run did. */
    public record Result(int claimed, int sent, int retried, int failed) {
    }

    private final OutboxStore store;
    private final MessageSenders senders;
    private final NotificationProperties.Dispatcher config;
    private final OfficeClock clock;
    private final String instance;
    private final WhatsAppForms forms;
    private final FailureListener onFailed;

    /** Told of each message that failed for good (after its row is marked FAILED). */
    @FunctionalInterface
    public interface FailureListener {
        void failed(OutboundMessage message, String error);
    }

    public OutboxDispatcher(OutboxStore store, MessageSenders senders, NotificationProperties.Dispatcher config,
                            OfficeClock clock, String instance, WhatsAppForms forms) {
        this(store, senders, config, clock, instance, forms, (message, error) -> { });
    }

    public OutboxDispatcher(OutboxStore store, MessageSenders senders, NotificationProperties.Dispatcher config,
                            OfficeClock clock, String instance, WhatsAppForms forms, FailureListener onFailed) {
        this.forms = forms;
        this.onFailed = onFailed;
        this.store = store;
        this.senders = senders;
        this.config = config;
        this.clock = clock;
        this.instance = instance;
    }

    public static String defaultInstanceName() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String instance() {
        return instance;
    }

    /** Claims one batch of due messages and sends them. */
    public Result dispatchOnce() {
        OffsetDateTime now = clock.now();
        List<OutboundMessage> batch = store.claim(instance, now, now.plus(config.getLease()), config.getBatchSize());
        int sent = 0;
        int retried = 0;
        int failed = 0;
        for (OutboundMessage message : batch) {
            switch (deliver(message)) {
                case SENT -> sent++;
                case RETRY -> retried++;
                case FAILED -> failed++;
                case LEASE_LOST -> { }
            }
        }
        if (!batch.isEmpty()) {
            log.info("Outbox run by {}: {} claimed, {} sent, {} to retry, {} failed", instance, batch.size(), sent,
                    retried, failed);
        }
        return new Result(batch.size(), sent, retried, failed);
    }

    private enum Outcome { SENT, RETRY, FAILED, LEASE_LOST }

    private Outcome deliver(OutboundMessage claimed) {
        OutboundMessage message = claimed;
        try {
            message = forms.prepare(claimed, clock.now());
            String providerId = senders.forChannel(message.channel()).send(message);
            return store.markSent(message.outboxId(), instance, clock.now(), providerId, message.sentAs())
                    ? Outcome.SENT : leaseLost(message);
        } catch (SendFailure e) {
            return failed(message, e.getMessage(), e.permanent());
        } catch (RuntimeException e) {
            return failed(message, e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        }
    }

    private Outcome failed(OutboundMessage message, String error, boolean permanent) {
        if (permanent || message.attempt() >= config.getMaxAttempts()) {
            log.warn("Outbox message {} ({}) failed for good after {} attempt(s): {}", message.outboxId(),
                    message.channel(), message.attempt(), error);
            if (!store.markFailed(message.outboxId(), instance, error)) {
                return leaseLost(message);
            }
            try {
                onFailed.failed(message, error);
            } catch (RuntimeException e) {
                log.error("Outbox message {}: failure follow-up did not run", message.outboxId(), e);
            }
            return Outcome.FAILED;
        }
        OffsetDateTime next = clock.now().plus(backoff(message.attempt()));
        log.info("Outbox message {} ({}) attempt {} failed, next try at {}: {}", message.outboxId(), message.channel(),
                message.attempt(), next, error);
        return store.markForRetry(message.outboxId(), instance, next, error) ? Outcome.RETRY : leaseLost(message);
    }

    private Outcome leaseLost(OutboundMessage message) {
        log.warn("Outbox message {}: lease of {} ran out before the result was recorded; another instance owns it",
                message.outboxId(), instance);
        return Outcome.LEASE_LOST;
    }

    /** Delay before the next try after {@code attempt} failed tries: initial x 2^(attempt-1), capped. */
    public Duration backoff(int attempt) {
        Duration delay = config.getInitialBackoff();
        for (int i = 1; i < attempt && delay.compareTo(config.getMaxBackoff()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(config.getMaxBackoff()) > 0 ? config.getMaxBackoff() : delay;
    }
}
