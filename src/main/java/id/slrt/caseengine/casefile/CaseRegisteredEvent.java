package id.slrt.caseengine.casefile;

import java.time.OffsetDateTime;

/** Published inside the intake transaction when a new case file is written. */
public record CaseRegisteredEvent(long caseId, String registrationNumber, String serviceType, String channel,
                                  String regionCode, OffsetDateTime openedAt) {
}
