package id.slrt.caseengine.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.caseengine.support.IntegrationTest;
import id.slrt.caseengine.system.OfficeClock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The outbox dispatcher, driven directly with scripted senders. */
@IntegrationTest
class OutboxDispatcherTest {

    @Autowired
    OutboxStore store;
    @Autowired
    OutboxDispatcher appDispatcher;
    @Autowired
    OfficeClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;
    @Autowired
    NotificationProperties properties;

    OffsetDateTime now;

    @BeforeEach
    void drainWhatOtherTestsLeft() {
        // Rounded up, so everything other tests queued up to now is due and drained here.
        now = OffsetDateTime.now().plusSeconds(1).withNano(0);
        ClockUtil.setCurrentTime(Date.from(now.toInstant()));
        while (appDispatcher.dispatchOnce().claimed() > 0) {
            Thread.onSpinWait();
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aTransientFailureIsRetriedWithExponentialBackoffUntilSent() {
        long id = enqueue("SMS", "Pesan 1");
        ScriptedSender sender = new ScriptedSender(2, false);
        OutboxDispatcher dispatcher = dispatcher("A", sender, 8);

        assertThat(dispatcher.dispatchOnce().retried()).isEqualTo(1);
        assertThat(row(id).status()).isEqualTo("PENDING");
        assertThat(row(id).attempts()).isEqualTo(1);
        assertThat(row(id).nextAttemptAt()).isEqualTo(now.plusSeconds(30));
        assertThat(row(id).lastError()).contains("gateway busy");

        assertThat(dispatcher.dispatchOnce().claimed()).as("not due before the backoff").isZero();
        moveTo(now.plusSeconds(30));
        assertThat(dispatcher.dispatchOnce().retried()).isEqualTo(1);
        assertThat(row(id).nextAttemptAt()).isEqualTo(now.plusSeconds(30 + 60));

        moveTo(now.plusSeconds(90));
        assertThat(dispatcher.dispatchOnce().sent()).isEqualTo(1);
        OutboxStore.OutboxRow sent = row(id);
        assertThat(sent.status()).isEqualTo("SENT");
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(sent.providerMessageId()).isEqualTo("scripted-" + id);
        assertThat(sent.sentAt()).isEqualTo(now.plusSeconds(90));
        assertThat(sent.lastError()).isNull();
        assertThat(sender.calls.get()).isEqualTo(3);
    }

    @Test
    void aPermanentRefusalFailsAtOnceAndIsVisibleToSupervisors() {
        long id = enqueue("WHATSAPP", "Pesan 2");
        OutboxDispatcher dispatcher = dispatcher("A", new ScriptedSender(Integer.MAX_VALUE, true), 8);

        assertThat(dispatcher.dispatchOnce().failed()).isEqualTo(1);

        assertThat(row(id).status()).isEqualTo("FAILED");
        assertThat(row(id).attempts()).isEqualTo(1);
        String failed = http.withBasicAuth("supervisor", "demo")
                .getForEntity("/api/notifications/outbox?status=FAILED", String.class).getBody();
        assertThat(failed).contains("\"id\":" + id).contains("recipient refused");

        assertThat(http.withBasicAuth("supervisor", "demo")
                .postForEntity("/api/notifications/outbox/" + id + "/retry", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(row(id).status()).isEqualTo("PENDING");
        assertThat(row(id).attempts()).isZero();
        assertThat(http.withBasicAuth("supervisor", "demo")
                .postForEntity("/api/notifications/outbox/" + id + "/retry", null, String.class).getStatusCode())
                .as("only FAILED messages can be re-queued").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.withBasicAuth("operator", "demo")
                .postForEntity("/api/notifications/outbox/" + id + "/retry", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        dispatcher.dispatchOnce();
    }

    @Test
    void afterTheLastAttemptTheMessageIsFailedWithTheLastError() {
        long id = enqueue("SMS", "Pesan 3");
        OutboxDispatcher dispatcher = dispatcher("A", new ScriptedSender(Integer.MAX_VALUE, false), 2);

        dispatcher.dispatchOnce();
        moveTo(now.plusSeconds(30));
        assertThat(dispatcher.dispatchOnce().failed()).isEqualTo(1);

        assertThat(row(id).status()).isEqualTo("FAILED");
        assertThat(row(id).attempts()).isEqualTo(2);
        assertThat(row(id).lastError()).contains("gateway busy");
    }

    @Test
    void aMessageClaimedByAnInstanceThatStoppedIsSentAfterTheLeaseRunsOut() {
        long id = enqueue("SMS", "Pesan 4");
        // An instance claims the message and dies before it can record anything.
        List<OutboundMessage> lost = store.claim("crashed-instance", now, now.plusMinutes(2), 100);
        assertThat(lost).extracting(OutboundMessage::outboxId).contains(id);
        ScriptedSender sender = new ScriptedSender(0, false);
        OutboxDispatcher survivor = dispatcher("B", sender, 8);

        assertThat(survivor.dispatchOnce().claimed()).as("still leased").isZero();
        moveTo(now.plusMinutes(2));
        assertThat(survivor.dispatchOnce().sent()).isEqualTo(1);

        assertThat(row(id).status()).isEqualTo("SENT");
        assertThat(row(id).attempts()).as("the lost attempt counts").isEqualTo(2);
        assertThat(store.markSent(id, "crashed-instance", now, "late")).as("the dead instance's lease is gone").isFalse();
    }

    @Test
    void twoInstancesSendEveryMessageExactlyOnce() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(enqueue("SMS", "Massal " + i));
        }
        Map<Long, AtomicInteger> deliveries = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> perInstance = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (String instance : List.of("A", "B")) {
                MessageSender slow = new MessageSender() {
                    @Override
                    public String name() {
                        return "slow-" + instance;
                    }

                    @Override
                    public String send(OutboundMessage message) {
                        deliveries.computeIfAbsent(message.outboxId(), k -> new AtomicInteger()).incrementAndGet();
                        perInstance.computeIfAbsent(instance, k -> new AtomicInteger()).incrementAndGet();
                        sleep(5);
                        return null;
                    }
                };
                OutboxDispatcher dispatcher = new OutboxDispatcher(store,
                        new MessageSenders(Map.of("SMS", slow, "WHATSAPP", slow)), config(5, 8), clock, instance,
                        new WhatsAppForms(properties.getWhatsapp()));
                runs.add(pool.submit(() -> {
                    go.await();
                    while (dispatcher.dispatchOnce().claimed() > 0) {
                        Thread.onSpinWait();
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        for (long id : ids) {
            assertThat(deliveries.get(id)).as("message %d", id).isNotNull();
            assertThat(deliveries.get(id).get()).as("message %d", id).isEqualTo(1);
            assertThat(row(id).status()).isEqualTo("SENT");
        }
        System.out.println("Outbox messages sent per instance: " + perInstance);
    }

    @Test
    void theBackoffDoublesUpToItsCap() {
        OutboxDispatcher dispatcher = dispatcher("A", new ScriptedSender(0, false), 20);
        assertThat(dispatcher.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(dispatcher.backoff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(dispatcher.backoff(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(dispatcher.backoff(12)).isEqualTo(Duration.ofHours(2));
    }

    /** Fails each message {@code failures} times (permanently or not), then succeeds. */
    static class ScriptedSender implements MessageSender {
        final int failures;
        final boolean permanent;
        final AtomicInteger calls = new AtomicInteger();
        final Map<Long, AtomicInteger> perMessage = new ConcurrentHashMap<>();

        ScriptedSender(int failures, boolean permanent) {
            this.failures = failures;
            this.permanent = permanent;
        }

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public String send(OutboundMessage message) throws SendFailure {
            calls.incrementAndGet();
            if (perMessage.computeIfAbsent(message.outboxId(), k -> new AtomicInteger()).incrementAndGet() <= failures) {
                throw new SendFailure(permanent ? "recipient refused" : "gateway busy", permanent);
            }
            return "scripted-" + message.outboxId();
        }
    }

    private OutboxDispatcher dispatcher(String instance, MessageSender sender, int maxAttempts) {
        return new OutboxDispatcher(store, new MessageSenders(Map.of("SMS", sender, "WHATSAPP", sender)),
                config(20, maxAttempts), clock, instance, new WhatsAppForms(properties.getWhatsapp()));
    }

    private static NotificationProperties.Dispatcher config(int batch, int maxAttempts) {
        NotificationProperties.Dispatcher config = new NotificationProperties.Dispatcher();
        config.setBatchSize(batch);
        config.setMaxAttempts(maxAttempts);
        config.setInitialBackoff(Duration.ofSeconds(30));
        config.setMaxBackoff(Duration.ofHours(2));
        config.setLease(Duration.ofMinutes(2));
        return config;
    }

    private long enqueue(String channel, String body) {
        return jdbc.sql("""
                        insert into slrt.notification_outbox (channel, recipient, body, status, next_attempt_at, created_at)
                        values (?, '+6281300000099', ?, 'PENDING', ?, ?) returning id""")
                .params(channel, body, now, now).query(Long.class).single();
    }

    private OutboxStore.OutboxRow row(long id) {
        return store.find(id).orElseThrow();
    }

    private static void moveTo(OffsetDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.toInstant()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
