package id.slrt.caseengine.casefile;

import id.slrt.caseengine.system.CurrentActor;
import id.slrt.caseengine.system.OfficeClock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Status, step and closing changes of a case file, each with its entry in the event log. */
@Service
public class CaseStatusService {

    private final CaseFileRepository cases;
    private final CaseEventRepository events;
    private final OfficeClock clock;
    private final CurrentActor actor;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;
    private final java.util.Set<String> knownStatuses = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public CaseStatusService(CaseFileRepository cases, CaseEventRepository events, OfficeClock clock,
                             CurrentActor actor, JdbcClient jdbc, ApplicationEventPublisher publisher) {
        this.cases = cases;
        this.events = events;
        this.clock = clock;
        this.actor = actor;
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    @Transactional
    public void changeStatus(long caseId, String status, String note) {
        requireKnownStatus(status);
        OffsetDateTime now = clock.now();
        cases.updateStatus(caseId, status, now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", status);
        if (note != null) {
            details.put("note", note);
        }
        events.append(caseId, now, "STATUS_CHANGED", null, actor.name(), details);
    }

    @Transactional
    public void enterStep(long caseId, String step, OffsetDateTime deadline, String status, String assignee,
                          Map<String, ?> details) {
        if (status != null) {
            requireKnownStatus(status);
        }
        OffsetDateTime now = clock.now();
        cases.updateStep(caseId, step, deadline, status, assignee, now);
        events.append(caseId, now, "TASK_CREATED", step, actor.name(), details);
    }

    /** The assignee of the case's current task (null: offered to a group). */
    @Transactional
    public void assign(long caseId, String assignee) {
        jdbc.sql("update slrt.case_file set current_assignee = ? where id = ?").params(assignee, caseId).update();
    }

    /**
     * The caseworker the case is assigned to: kept after their task ends, so a restricted case (children's cases)
     * stays visible to them between steps.
     */
    @Transactional
    public void assignCaseworker(long caseId, String caseworker) {
        jdbc.sql("update slrt.case_file set assigned_caseworker = ? where id = ?").params(caseworker, caseId).update();
    }

    @Transactional
    public void record(long caseId, String type, String step, Map<String, ?> details) {
        events.append(caseId, clock.now(), type, step, actor.name(), details);
    }

    @Transactional
    public void close(long caseId, String outcome, String note) {
        OffsetDateTime now = clock.now();
        cases.close(caseId, outcome, now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("outcome", outcome);
        if (note != null) {
            details.put("note", note);
        }
        events.append(caseId, now, "CASE_CLOSED", null, actor.name(), details);
        CaseRecord closed = cases.findById(caseId).orElseThrow();
        publisher.publishEvent(new CaseClosedEvent(caseId, closed.registrationNumber(), closed.serviceType(),
                closed.channel(), closed.regionCode(), outcome, now));
    }

    private void requireKnownStatus(String status) {
        if (knownStatuses.contains(status)) {
            return;
        }
        boolean known = jdbc.sql("select count(*) from slrt.case_status where code = ?").param(status)
                .query(Integer.class).single() > 0;
        if (known) {
            knownStatuses.add(status);
        } else {
            throw new IllegalStateException("Unknown case status '" + status
                    + "': add it to slrt.case_status with a Flyway migration before using it in a diagram");
        }
    }
}
