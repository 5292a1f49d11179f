package id.slrt.caseengine.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.caseengine.support.IntegrationTest;
import id.slrt.caseengine.system.OfficeClock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The free-text-or-template decision at send time, on the engine clock: a citizen wrote at 09:00; the answer
 * queued at 08:59 the next day goes as free text, the one sent at 09:00 the next day (the window is over)
 * goes as the final-answer template, and a message to someone who never wrote goes as a template too.
 */
@IntegrationTest
class WhatsAppWindowTest {

    @Autowired
    NotificationOutbox outbox;
    @Autowired
    OutboxStore store;
    @Autowired
    OfficeClock clock;
    @Autowired
    NotificationProperties properties;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    final List<OutboundMessage> wire = new CopyOnWriteArrayList<>();
    OutboxDispatcher dispatcher;
    OffsetDateTime wrote;

    @BeforeEach
    void setUp() {
        wrote = OffsetDateTime.now().plusDays(30).withHour(9).withMinute(0).withSecond(0).withNano(0);
        MessageSender capture = new MessageSender() {
            @Override
            public String name() {
                return "capture";
            }

            @Override
            public String send(OutboundMessage message) {
                wire.add(message);
                return "cap-" + message.outboxId();
            }
        };
        NotificationProperties.Dispatcher config = new NotificationProperties.Dispatcher();
        config.setBatchSize(100);
        dispatcher = new OutboxDispatcher(store, new MessageSenders(Map.of("WHATSAPP", capture, "SMS", capture)),
                config, clock, "window-test", new WhatsAppForms(properties.getWhatsapp()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void freeTextWithin24HoursOfTheCitizensLastMessageTemplateAfter() {
        String citizen = "+628131100" + (1000 + (int) (Math.random() * 8999));
        String stranger = citizen.replace("+62813", "+62814");
        at(wrote);
        tx.executeWithoutResult(s -> outbox.whatsAppInbound(citizen, clock.now()));

        at(wrote.plusHours(23).plusMinutes(59));
        long inside = queue(citizen, MessageType.FINAL_ANSWER);
        sendDue();
        at(wrote.plusHours(24));
        long outside = queue(citizen, MessageType.FINAL_ANSWER);
        long never = queue(stranger, MessageType.ACKNOWLEDGEMENT);
        sendDue();

        assertThat(sentAs(inside)).isEqualTo("TEXT");
        assertThat(sentAs(outside)).isEqualTo("TEMPLATE:slrt_jawaban_akhir");
        assertThat(sentAs(never)).isEqualTo("TEMPLATE:slrt_tanda_terima");
        OutboundMessage templated = wire.stream().filter(m -> m.outboxId() == outside).findFirst().orElseThrow();
        assertThat(templated.template().language()).isEqualTo("id");
        assertThat(templated.template().values()).containsExactly("-", "Jawaban: bantuan diproses.");

        // A new message from the citizen opens the window again.
        tx.executeWithoutResult(s -> outbox.whatsAppInbound(citizen, clock.now()));
        long again = queue(citizen, MessageType.FINAL_ANSWER);
        sendDue();
        assertThat(sentAs(again)).isEqualTo("TEXT");
    }

    @Test
    void theWindowIsHalfOpen() {
        OffsetDateTime t = OffsetDateTime.parse("2026-12-01T09:00:00+07:00");
        Duration day = Duration.ofHours(24);
        assertThat(WhatsAppForms.withinWindow(t, t, day)).isTrue();
        assertThat(WhatsAppForms.withinWindow(t, t.plus(day).minusSeconds(1), day)).isTrue();
        assertThat(WhatsAppForms.withinWindow(t, t.plus(day), day)).isFalse();
        assertThat(WhatsAppForms.withinWindow(null, t, day)).isFalse();
    }

    private long queue(String recipient, MessageType type) {
        return tx.execute(s -> outbox.enqueue(null, "WHATSAPP", recipient, "Jawaban:\nbantuan diproses.", clock.now(),
                type, Map.of()));
    }

    private void sendDue() {
        while (dispatcher.dispatchOnce().claimed() > 0) {
            Thread.onSpinWait();
        }
    }

    private String sentAs(long id) {
        return jdbc.sql("select sent_as from slrt.notification_outbox where id = ?").param(id).query(String.class).single();
    }

    private static void at(OffsetDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.toInstant()));
    }
}
