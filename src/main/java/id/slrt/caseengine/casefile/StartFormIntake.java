package id.slrt.caseengine.casefile;

import id.slrt.caseengine.identity.FieldIssue;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.Sex;
import id.slrt.caseengine.platform.StepInputs;
import id.slrt.caseengine.web.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Reads the variables of a Tasklist start form (flat keys such as {@code subjectNik}) into an intake request,
 * so a case started by the front office is validated exactly like one from the API.
 */
public final class StartFormIntake {

    /** Start-form variables that hold personal data; they move into the case file and leave the process. */
    public static final List<String> PERSONAL_FIELDS = List.of("subjectNik", "subjectKkNumber", "subjectBirthDate",
            "subjectSex", "subjectAddress", "reporterName", "reporterPhone");

    private StartFormIntake() {
    }

    public static CaseIntakeRequest read(DelegateExecution execution, String serviceType) {
        List<FieldIssue> errors = new ArrayList<>();
        Channel channel = parseEnum(Channel.class, StepInputs.variable(execution, "channel"), "channel",
                "saluran", errors);
        Sex sex = parseEnum(Sex.class, StepInputs.variable(execution, "subjectSex"), "subject.sex",
                "jenis kelamin", errors);
        LocalDate birthDate = null;
        String rawDate = StepInputs.variable(execution, "subjectBirthDate");
        if (rawDate != null && !rawDate.isBlank()) {
            try {
                birthDate = LocalDate.parse(rawDate.length() > 10 ? rawDate.substring(0, 10) : rawDate);
            } catch (DateTimeParseException e) {
                errors.add(new FieldIssue("subject.birthDate", "INVALID_DATE", "tanggal lahir tidak valid"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new CaseIntakeRequest(serviceType, channel, StepInputs.variable(execution, "regionCode"),
                new CaseIntakeRequest.Subject(
                        StepInputs.variable(execution, "subjectNik"),
                        StepInputs.variable(execution, "subjectKkNumber"),
                        StepInputs.variable(execution, "subjectName"),
                        birthDate, sex,
                        StepInputs.variable(execution, "subjectAddress")),
                new CaseIntakeRequest.Reporter(
                        StepInputs.variable(execution, "reporterName"),
                        StepInputs.variable(execution, "reporterPhone")),
                StepInputs.variable(execution, "description"));
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String raw, String field, String label,
                                                   List<FieldIssue> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldIssue(field, "NOT_ALLOWED", label + " '" + raw + "' tidak dikenal"));
            return null;
        }
    }
}
