package id.slrt.caseengine.casefile;

import id.slrt.caseengine.security.region.ScopedCase;
import java.time.OffsetDateTime;

/**
 * A row of {@code slrt.case_file}. {@code currentAssignee} is the assignee of the current task;
 * {@code assignedCaseworker} the last caseworker a task of the case was assigned to.
 */
public record CaseRecord(long id, String registrationNumber, String serviceType, String processKey, String channel,
                         String regionCode, String status, String statusLabel, String currentStep,
                         OffsetDateTime currentDeadline, Long subjectPersonId, Long reporterPersonId,
                         String description, String outcome, OffsetDateTime openedAt, OffsetDateTime closedAt,
                         String processInstanceId, String createdBy, String currentAssignee,
                         String assignedCaseworker, String districtCode) implements ScopedCase {
}
