package id.slrt.caseengine.notification;

import id.slrt.caseengine.casefile.CaseStatusService;
import id.slrt.caseengine.system.OfficeClock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A WhatsApp message that failed (refused for good by the dispatcher, or reported failed/undeliverable by
 * WhatsApp) goes once more, by SMS, to the same number: a new outbox row ({@code fallback_of} = the WhatsApp
 * row) that the dispatcher sends like any other (at least once, retries, lease). A unique index on
 * {@code fallback_of} makes it once even when the dispatcher and a status notification both report the failure.
 */
@Component
public class SmsFallback {

    private static final Logger log = LoggerFactory.getLogger(SmsFallback.class);

    private final JdbcClient jdbc;
    private final CaseStatusService caseLog;
    private final OfficeClock clock;

    public SmsFallback(JdbcClient jdbc, CaseStatusService caseLog, OfficeClock clock) {
        this.jdbc = jdbc;
        this.caseLog = caseLog;
        this.clock = clock;
    }

    /** @return the SMS outbox row, or empty when {@code outboxId} is no WhatsApp message or already fell back */
    @Transactional
    public Optional<Long> fallBack(long outboxId, String reason) {
        var now = clock.now();
        Optional<Long> sms = jdbc.sql("""
                        insert into slrt.notification_outbox (case_id, channel, recipient, body, status, next_attempt_at,
                                                              created_at, message_type, template_parameters, fallback_of)
                        select case_id, 'SMS', recipient, body, 'PENDING', :now, :now, message_type,
                               template_parameters, id
                          from slrt.notification_outbox where id = :id and channel = 'WHATSAPP'
                        on conflict (fallback_of) where fallback_of is not null do nothing
                        returning id""")
                .param("now", now).param("id", outboxId).query(Long.class).optional();
        if (sms.isEmpty()) {
            return sms;
        }
        Long caseId = jdbc.sql("select case_id from slrt.notification_outbox where id = ?").param(outboxId)
                .query(Long.class).optional().orElse(null);
        if (caseId != null) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("whatsappOutboxId", outboxId);
            details.put("smsOutboxId", sms.get());
            details.put("reason", reason == null ? "-" : reason.length() > 200 ? reason.substring(0, 200) : reason);
            caseLog.record(caseId, "NOTIFICATION_SMS_FALLBACK", null, details);
        }
        log.info("Outbox message {} (WhatsApp) failed; SMS fallback queued as {}", outboxId, sms.get());
        return sms;
    }
}
