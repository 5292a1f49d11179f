package id.slrt.caseengine.intake;

import id.slrt.caseengine.system.FieldIssue;
import id.slrt.caseengine.system.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The values of a Tasklist start form (flat keys such as {@code subjectNik}) as an intake request, so a case opened
 * by the front office is validated exactly like one from the API. The case's own fields (people, region, channel,
 * description, category) go into the case file; the form's other fields (a service's own, such as a village
 * application's bank data) become process variables.
 */
record StartFormValues(CaseIntakeRequest request, Map<String, Object> processVariables) {

    /** Start-form keys that are fields of the case file, not of the process. */
    static final Set<String> CASE_FIELDS = Set.of("channel", "regionCode", "subjectNik", "subjectKkNumber",
            "subjectName", "subjectBirthDate", "subjectSex", "subjectAddress", "reporterName", "reporterPhone",
            "description", IntakeService.CATEGORY, StartFormValues.SERVICE_TYPE, StartFormValues.PPKS_TYPE,
            StartFormValues.PPKS_TYPE_2);

    /** The service, on the start form of a process that serves several (its registerCase step reads it). */
    static final String SERVICE_TYPE = "serviceType";
    /** The case's PPKS type and an optional second one (a form value is one plain value). */
    static final String PPKS_TYPE = "ppksType";
    static final String PPKS_TYPE_2 = "ppksType2";

    static StartFormValues read(Map<String, Object> form, String serviceType) {
        List<FieldIssue> errors = new ArrayList<>();
        Channel channel = parseEnum(Channel.class, text(form, "channel"), "channel", "saluran", errors);
        Sex sex = parseEnum(Sex.class, text(form, "subjectSex"), "subject.sex", "jenis kelamin", errors);
        LocalDate birthDate = null;
        String rawDate = text(form, "subjectBirthDate");
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
        CaseIntakeRequest request = new CaseIntakeRequest(serviceType, channel, text(form, "regionCode"),
                new CaseIntakeRequest.Subject(text(form, "subjectNik"), text(form, "subjectKkNumber"),
                        text(form, "subjectName"), birthDate, sex, text(form, "subjectAddress")),
                new CaseIntakeRequest.Reporter(text(form, "reporterName"), text(form, "reporterPhone")),
                text(form, "description"), text(form, IntakeService.CATEGORY), ppks(form));
        Map<String, Object> rest = new HashMap<>();
        form.forEach((key, value) -> {
            if (!CASE_FIELDS.contains(key)) {
                rest.put(key, value);
            }
        });
        return new StartFormValues(request, rest);
    }

    private static List<String> ppks(Map<String, Object> form) {
        List<String> codes = new ArrayList<>();
        for (String key : List.of(PPKS_TYPE, PPKS_TYPE_2)) {
            String code = text(form, key);
            if (code != null && !code.isBlank()) {
                codes.add(code.strip());
            }
        }
        return codes;
    }

    private static String text(Map<String, Object> form, String key) {
        Object value = form.get(key);
        if (value instanceof org.camunda.bpm.engine.variable.value.TypedValue typed) {
            value = typed.getValue();
        }
        return value == null ? null : value.toString();
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
