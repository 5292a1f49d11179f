package id.slrt.caseengine.answerback;

import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.casefile.CaseRecord;
import id.slrt.caseengine.casefile.CaseStatusService;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen's answer back after the final answer (SP4N-LAPOR!: 10 working days). Whether a reply counts and
 * what follows (reopen, at most twice, then the supervisor) is the diagram's: this only sends the message
 * {@code citizenDissatisfied} to a case that is waiting for it, and says whether one was.
 */
@Service
public class AnswerBackService {

    public static final String MESSAGE = "citizenDissatisfied";
    private static final Pattern DISSATISFIED = Pattern.compile("\\b(TIDAK|BELUM|KURANG)\\s+PUAS\\b");

    private final CaseFileRepository cases;
    private final CaseStatusService caseLog;
    private final RuntimeService runtime;

    public AnswerBackService(CaseFileRepository cases, CaseStatusService caseLog, RuntimeService runtime) {
        this.cases = cases;
        this.caseLog = caseLog;
        this.runtime = runtime;
    }

    /** A reply saying the complaint is not settled: {@code TIDAK PUAS}, {@code BELUM PUAS}, {@code KURANG PUAS}. */
    public static boolean soundsDissatisfied(String text) {
        return text != null && DISSATISFIED.matcher(text.toUpperCase(Locale.ROOT)).find();
    }

    /** Whether the case is in its answer-back window now. */
    public boolean awaitingAnswer(long caseId) {
        return cases.findById(caseId).map(CaseRecord::processInstanceId)
                .map(pid -> runtime.createEventSubscriptionQuery().processInstanceId(pid).eventType("message")
                        .eventName(MESSAGE).count() > 0)
                .orElse(false);
    }

    /**
     * @param source {@code KEYWORD} (the citizen's words) or {@code CASEWORKER} (a reply staff marked)
     * @return false when the case is not waiting for an answer back (nothing changes)
     */
    @Transactional
    public boolean dissatisfied(long caseId, String source) {
        if (!awaitingAnswer(caseId)) {
            return false;
        }
        CaseRecord record = cases.findById(caseId).orElseThrow();
        caseLog.record(caseId, "CITIZEN_DISSATISFIED", null, Map.of("source", source));
        runtime.createMessageCorrelation(MESSAGE).processInstanceId(record.processInstanceId()).correlateWithResult();
        return true;
    }
}
