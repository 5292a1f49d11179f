package id.slrt.caseengine.casefile;

import java.time.OffsetDateTime;
import java.util.Map;

/** A row of the append-only {@code slrt.case_event} log. */
public record CaseEvent(long id, long caseId, OffsetDateTime occurredAt, String type, String step, String actor,
                        Map<String, Object> details) {
}
