package id.slrt.caseengine.notification;

import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.casefile.CasePerson;
import id.slrt.caseengine.casefile.CasePersonRepository;
import id.slrt.caseengine.casefile.CaseRecord;
import id.slrt.caseengine.casefile.CaseStatusService;
import id.slrt.caseengine.casefile.PersonData;
import id.slrt.caseengine.step.CaseContext;
import id.slrt.caseengine.step.GenericStep;
import id.slrt.caseengine.step.StepInputs;
import id.slrt.caseengine.system.OfficeClock;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Kirim notifikasi ke warga" (bean {@code notifyCitizen}). Inputs: {@code message} (required, Bahasa
 * Indonesia, may use expressions such as {@code ${registrationNumber}}), {@code channel} (WHATSAPP or SMS;
 * default: WhatsApp for cases that came by WhatsApp, SMS otherwise), {@code messageType} (a {@link MessageType},
 * default CASE_UPDATE: the WhatsApp template used outside the 24-hour window). The message goes to the reporter's phone
 * through the notification outbox; a case without a phone number records that nobody could be told.
 */
@Component("notifyCitizen")
@GenericStep(requires = "message", accepts = {"channel", "messageType"})
public class NotifyCitizenDelegate implements JavaDelegate {

    private final CaseFileRepository cases;
    private final CasePersonRepository people;
    private final NotificationOutbox outbox;
    private final CaseStatusService statuses;
    private final OfficeClock clock;

    public NotifyCitizenDelegate(CaseFileRepository cases, CasePersonRepository people, NotificationOutbox outbox,
                                 CaseStatusService statuses, OfficeClock clock) {
        this.cases = cases;
        this.people = people;
        this.outbox = outbox;
        this.statuses = statuses;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = CaseContext.caseId(execution);
        String message = StepInputs.required(execution, "message");
        CaseRecord record = cases.findById(caseId).orElseThrow();
        String phone = record.reporterPersonId() == null ? null : people.findByCase(caseId).stream()
                .filter(p -> p.id() == record.reporterPersonId())
                .findFirst().map(CasePerson::data).map(PersonData::phone).orElse(null);
        String step = execution.getCurrentActivityName();
        if (phone == null) {
            statuses.record(caseId, "NOTIFICATION_SKIPPED", step,
                    Map.of("reason", "Pelapor tidak meninggalkan nomor telepon"));
            return;
        }
        String channel = StepInputs.optional(execution, "channel");
        if (channel == null) {
            channel = "WHATSAPP".equals(record.channel()) ? "WHATSAPP" : "SMS";
        }
        MessageType type = MessageType.parse(StepInputs.optional(execution, "messageType"));
        long id = outbox.enqueue(caseId, channel, phone, message, clock.now(), type, Map.of());
        statuses.record(caseId, "NOTIFICATION_QUEUED", step, Map.of("channel", channel, "outboxId", id));
    }
}
