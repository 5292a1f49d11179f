package id.slrt.caseengine.casefile;

import id.slrt.caseengine.step.CaseContext;
import id.slrt.caseengine.step.GenericStep;
import id.slrt.caseengine.step.StepInputs;
import id.slrt.caseengine.system.IndonesianDates;
import id.slrt.caseengine.system.OfficeClock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Periksa kasus ganda" (bean {@code flagPossibleDuplicates}). Looks for other open cases of the same
 * service whose subject has the same NIK, links them (both case logs record it) and puts a short list into
 * the process variable named by the input {@code variable} (default {@code possibleDuplicates}) for the
 * caseworker's form. Nothing is merged: the caseworker decides. Safe to run again (after a NIK correction).
 */
@Component("flagPossibleDuplicates")
@GenericStep(accepts = "variable", produces = "possibleDuplicates")
public class FlagPossibleDuplicatesDelegate implements JavaDelegate {

    public static final String LINK_TYPE = "POSSIBLE_DUPLICATE";

    private final CaseFileRepository cases;
    private final CasePersonRepository people;
    private final CaseLinkRepository links;
    private final CaseStatusService statuses;
    private final OfficeClock clock;

    public FlagPossibleDuplicatesDelegate(CaseFileRepository cases, CasePersonRepository people,
                                          CaseLinkRepository links, CaseStatusService statuses, OfficeClock clock) {
        this.cases = cases;
        this.people = people;
        this.links = links;
        this.statuses = statuses;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String variable = StepInputs.optional(execution, "variable");
        variable = variable == null ? "possibleDuplicates" : variable;
        long caseId = CaseContext.caseId(execution);
        CaseRecord record = cases.findById(caseId).orElseThrow();
        String nik = record.subjectPersonId() == null ? null : people.findByCase(caseId).stream()
                .filter(p -> p.id() == record.subjectPersonId()).findFirst()
                .map(p -> p.data().nik()).orElse(null);
        List<String> lines = new ArrayList<>();
        if (nik != null) {
            OffsetDateTime now = clock.now();
            String step = execution.getCurrentActivityName();
            for (String number : people.openCasesWithSubjectNik(record.serviceType(), nik)) {
                if (number.equals(record.registrationNumber())) {
                    continue;
                }
                CaseRecord other = cases.findByRegistrationNumber(number).orElseThrow();
                if (links.link(caseId, other.id(), LINK_TYPE, now)) {
                    statuses.record(caseId, "DUPLICATE_FLAGGED", step, Map.of("linkedCase", number));
                    statuses.record(other.id(), "DUPLICATE_FLAGGED", null,
                            Map.of("linkedCase", record.registrationNumber()));
                }
                lines.add(number + " (" + other.statusLabel() + ", dibuka " + IndonesianDates.numericDay(other.openedAt(),
                        clock.zone()) + ")");
            }
        }
        String text;
        if (nik == null) {
            text = "NIK belum diketahui: pemeriksaan kasus ganda belum dapat dilakukan";
        } else if (lines.isEmpty()) {
            text = "Tidak ada kasus lain yang masih terbuka untuk NIK ini";
        } else {
            text = "Kemungkinan kasus ganda (NIK sama, layanan sama, masih terbuka):\n" + String.join("\n", lines);
        }
        execution.getProcessInstance().setVariable(variable, text);
    }
}
