package id.slrt.caseengine.notification;

import id.slrt.caseengine.system.InvalidInputException;
import id.slrt.caseengine.system.NotFoundException;
import id.slrt.caseengine.system.OfficeClock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Messages to citizens, for supervisors and administrators (recipients are phone numbers, and a misuse
 * reporter's number is confidential): the outbox with each message's state, and what the local recording
 * sender "sent" on the embedded default.
 */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications")
@PreAuthorize("hasAnyAuthority('supervisor','camunda-admin')")
public class NotificationController {

    public record LocalSentMessage(long id, long outboxId, String registrationNumber, String channel,
                                   String recipient, String body, OffsetDateTime sentAt) {
    }

    private static final Set<String> STATUSES = Set.of("PENDING", "SENT", "FAILED");

    private final OutboxStore outbox;
    private final JdbcClient jdbc;
    private final OfficeClock clock;

    public NotificationController(OutboxStore outbox, JdbcClient jdbc, OfficeClock clock) {
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping(value = "/local-sent", produces = "application/json")
    @Operation(summary = "Messages recorded by the local sender (embedded default), newest first",
            description = "Filter by recipient (+62...) or by registration number.")
    public List<LocalSentMessage> localSent(@RequestParam(required = false) String recipient,
                                            @RequestParam(required = false) String registrationNumber,
                                            @RequestParam(defaultValue = "50") int limit) {
        return jdbc.sql("""
                        select m.id, m.outbox_id, c.registration_number, m.channel, m.recipient, m.body, m.sent_at
                          from slrt.local_sent_message m
                          join slrt.notification_outbox o on o.id = m.outbox_id
                          left join slrt.case_file c on c.id = o.case_id
                         where (cast(:recipient as varchar) is null or m.recipient = :recipient)
                           and (cast(:number as varchar) is null or c.registration_number = :number)
                         order by m.id desc limit :limit""")
                .param("recipient", recipient).param("number", registrationNumber).param("limit", limit(limit))
                .query((rs, n) -> new LocalSentMessage(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class)))
                .list();
    }

    @GetMapping(value = "/outbox", produces = "application/json")
    @Operation(summary = "Outbox messages, newest first; status PENDING, SENT or FAILED")
    public List<OutboxStore.OutboxRow> outbox(@RequestParam(required = false) String status,
                                              @RequestParam(defaultValue = "50") int limit) {
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidInputException("status", "NOT_ALLOWED", "status harus PENDING, SENT atau FAILED");
        }
        return outbox.list(status, limit(limit));
    }

    @PostMapping(value = "/outbox/{id}/retry", produces = "application/json")
    @Operation(summary = "Put a FAILED message back in the queue")
    public OutboxStore.OutboxRow retry(@PathVariable long id) {
        OutboxStore.OutboxRow row = outbox.find(id)
                .orElseThrow(() -> new NotFoundException("Pesan " + id + " tidak ditemukan"));
        if (!outbox.requeue(id, clock.now())) {
            throw new InvalidInputException("id", "NOT_FAILED",
                    "hanya pesan berstatus FAILED yang dapat dikirim ulang; status pesan ini " + row.status());
        }
        return outbox.find(id).orElseThrow();
    }

    private static int limit(int limit) {
        if (limit < 1 || limit > 500) {
            throw new InvalidInputException("limit", "OUT_OF_RANGE", "limit harus antara 1 dan 500");
        }
        return limit;
    }
}
