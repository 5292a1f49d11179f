package id.slrt.caseengine.intake;

import id.slrt.caseengine.system.FieldIssue;
import java.time.OffsetDateTime;
import java.util.List;

/** Answer to a successful intake: the registration number the citizen is given, and what happens next. */
public record IntakeResult(String registrationNumber, String status, String statusLabel, String currentStep,
                           OffsetDateTime currentDeadline, String processInstanceId, List<FieldIssue> warnings) {
}
