package id.slrt.caseengine.citizenstatus;

import java.time.OffsetDateTime;

/** What a citizen may learn about their case: no personal data, only where it stands. */
public record CitizenStatus(String registrationNumber, String service, String status, String statusLabel,
                            String currentStep, OffsetDateTime deadline, OffsetDateTime closedAt) {
}
