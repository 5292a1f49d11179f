package id.slrt.caseengine.notification;

import id.slrt.caseengine.casefile.CaseStatusService;
import id.slrt.caseengine.system.OfficeClock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the providers' delivery reports per outbound message ({@code slrt.message_delivery_status}), keeps
 * the furthest status on the outbox row (a late "delivered" never hides a "read"; a failure always shows), puts
 * failures in the case's event log, and sends a failed WhatsApp message once more by SMS ({@link SmsFallback}).
 */
@Service
public class DeliveryStatusService {

    public enum Outcome { RECORDED, DUPLICATE, UNKNOWN_MESSAGE }

    private final JdbcClient jdbc;
    private final CaseStatusService caseLog;
    private final SmsFallback fallback;
    private final OfficeClock clock;

    public DeliveryStatusService(JdbcClient jdbc, CaseStatusService caseLog, SmsFallback fallback, OfficeClock clock) {
        this.jdbc = jdbc;
        this.caseLog = caseLog;
        this.fallback = fallback;
        this.clock = clock;
    }

    private record Target(long id, Long caseId, String channel) {
    }

    /**
     * @param outboxId the outbox row when the report names it (the SMS gateway's {@code slrt-outbox-<id>}
     *                 reference); otherwise the row is found by the provider's message id
     */
    @Transactional
    public Outcome record(DeliveryReport report, Long outboxId) {
        Optional<Target> found = outboxId != null
                ? jdbc.sql("select id, case_id, channel from slrt.notification_outbox where id = ? and channel = ?")
                        .params(outboxId, report.channel()).query(DeliveryStatusService::target).optional()
                : jdbc.sql("""
                        select id, case_id, channel from slrt.notification_outbox
                         where provider_message_id = ? and channel = ? order by id desc limit 1""")
                        .params(report.providerMessageId(), report.channel()).query(DeliveryStatusService::target)
                        .optional();
        if (found.isEmpty()) {
            return Outcome.UNKNOWN_MESSAGE;
        }
        Target target = found.get();
        String error = report.errorCode() == null ? null
                : report.errorCode() + (report.errorTitle() == null ? "" : " " + report.errorTitle());
        int inserted = jdbc.sql("""
                        insert into slrt.message_delivery_status (outbox_id, channel, provider_message_id, status,
                                                                  error_code, error_title, reported_at, received_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (outbox_id, status) do nothing""")
                .params(target.id(), report.channel(), report.providerMessageId() == null
                                ? "slrt-outbox-" + target.id() : report.providerMessageId(), report.status().name(),
                        cut(report.errorCode(), 40), cut(report.errorTitle(), 300), report.reportedAt(), clock.now())
                .update();
        if (inserted == 0) {
            return Outcome.DUPLICATE;
        }
        jdbc.sql("""
                        update slrt.notification_outbox
                           set delivery_status = :status, delivery_status_at = :at, delivery_error = :error
                         where id = :id and (delivery_status is null or :rank > case delivery_status
                               when 'SENT' then 1 when 'DELIVERED' then 2 when 'READ' then 3 else 4 end)""")
                .param("status", report.status().name()).param("at", report.reportedAt())
                .param("error", cut(error, 300)).param("id", target.id()).param("rank", report.status().rank)
                .update();
        if (report.status().failed()) {
            if (target.caseId() != null) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("channel", target.channel());
                details.put("outboxId", target.id());
                details.put("status", report.status().name());
                if (error != null) {
                    details.put("error", cut(error, 200));
                }
                caseLog.record(target.caseId(), "NOTIFICATION_NOT_DELIVERED", null, details);
            }
            if ("WHATSAPP".equals(target.channel())) {
                fallback.fallBack(target.id(), error == null ? report.status().name() : error);
            }
        }
        return Outcome.RECORDED;
    }

    private static Target target(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Target(rs.getLong("id"), (Long) rs.getObject("case_id"), rs.getString("channel"));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
