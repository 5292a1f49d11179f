package id.slrt.caseengine.casefile;

import java.time.OffsetDateTime;

/**
 * Published (synchronously, inside the closing transaction) when a case is closed. Listeners that write
 * follow-up rows, such as the satisfaction survey invitation, take part in the same transaction.
 */
public record CaseClosedEvent(long caseId, String registrationNumber, String serviceType, String channel,
                              String regionCode, String outcome, OffsetDateTime closedAt) {
}
