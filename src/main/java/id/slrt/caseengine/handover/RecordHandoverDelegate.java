package id.slrt.caseengine.handover;

import id.slrt.caseengine.casefile.CaseStatusService;
import id.slrt.caseengine.step.CaseContext;
import id.slrt.caseengine.step.GenericStep;
import id.slrt.caseengine.step.StepInputs;
import id.slrt.caseengine.system.CurrentActor;
import id.slrt.caseengine.system.OfficeClock;
import id.slrt.caseengine.system.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Catat berita acara serah terima" (bean {@code recordHandover}): the handover record of a person (or an
 * item) to the receiving party, kept in {@code slrt.handover_record}. Inputs: {@code recordNumber} (required,
 * unique), {@code handoverDate} (required, ISO date), {@code receiverName} and {@code receiverRelationship}
 * (required), {@code witnesses} (required: a text or a {@code camunda:list}; at least one name), {@code location},
 * {@code note}. The record keeps who ran the step: placed right after the supervisor's approval task, that is the
 * approving supervisor. Sets {@code handoverRecordId}; records {@code HANDOVER_RECORDED}.
 */
@Component("recordHandover")
@GenericStep(requires = {"recordNumber", "handoverDate", "receiverName", "receiverRelationship", "witnesses"},
        accepts = {"location", "note"}, produces = "handoverRecordId")
public class RecordHandoverDelegate implements JavaDelegate {

    private final HandoverRecordRepository records;
    private final CaseStatusService statuses;
    private final OfficeClock clock;
    private final CurrentActor actor;

    public RecordHandoverDelegate(HandoverRecordRepository records, CaseStatusService statuses, OfficeClock clock,
                                  CurrentActor actor) {
        this.records = records;
        this.statuses = statuses;
        this.clock = clock;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = CaseContext.caseId(execution);
        String number = StepInputs.required(execution, "recordNumber").strip();
        LocalDate date = date(StepInputs.required(execution, "handoverDate"));
        String witnesses = witnesses(execution.getVariableLocal("witnesses"));
        if (witnesses.isEmpty()) {
            throw new BadUserRequestException("Berita acara serah terima memerlukan paling sedikit satu saksi");
        }
        if (records.numberTaken(number)) {
            throw new BadUserRequestException("Nomor berita acara " + number + " sudah dipakai untuk serah terima lain");
        }
        String relationship = StepInputs.required(execution, "receiverRelationship").strip();
        long id = records.insert(caseId, number, date, StepInputs.required(execution, "receiverName").strip(),
                relationship, witnesses, Texts.trimToNull(StepInputs.optional(execution, "location")),
                Texts.trimToNull(StepInputs.optional(execution, "note")), clock.now(), actor.name());
        execution.getProcessInstance().setVariable("handoverRecordId", id);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("handoverRecordId", id);
        details.put("recordNumber", number);
        details.put("handoverDate", date.toString());
        details.put("receiverRelationship", relationship);
        statuses.record(caseId, "HANDOVER_RECORDED", execution.getCurrentActivityName(), details);
    }

    private static LocalDate date(String raw) {
        try {
            return LocalDate.parse(raw.length() > 10 ? raw.substring(0, 10) : raw);
        } catch (DateTimeParseException e) {
            throw new BadUserRequestException("Tanggal serah terima '" + raw + "' tidak valid (format TTTT-BB-HH)");
        }
    }

    private static String witnesses(Object value) {
        Stream<?> names = value instanceof Collection<?> list ? list.stream() : Stream.of(value);
        List<String> filled = names.filter(Objects::nonNull).map(Object::toString).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        return filled.stream().collect(Collectors.joining("; "));
    }

}
