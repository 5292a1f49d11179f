package id.slrt.caseengine.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A date or time field is checked by its type on the server, as the picker in the browser would have it: no
 * pattern in the form is needed for that (the form-js schema allows none on date fields).
 */
class FormDateFieldsTest {

    @Test
    void aDateFieldTakesOnlyARealCalendarDate() {
        assertThat(problems("date", "2026-11-26")).isEmpty();
        assertThat(problems("date", "2026-02-30")).containsExactly("Tanggal sidang bukan tanggal yang valid");
        assertThat(problems("date", "26-11-2026")).containsExactly("Tanggal sidang bukan tanggal yang valid");
        assertThat(problems("date", "besok")).containsExactly("Tanggal sidang bukan tanggal yang valid");
    }

    @Test
    void timeAndDateTimeFieldsTakeWhatThePickerSubmits() {
        assertThat(problems("time", "09:30")).isEmpty();
        assertThat(problems("time", "25:00")).containsExactly("Tanggal sidang bukan jam yang valid");
        assertThat(problems("datetime", "2026-11-26T09:00")).isEmpty();
        assertThat(problems("datetime", "2026-11-26T09:00:00+07:00")).isEmpty();
        assertThat(problems("datetime", "2026-11-26 jam 9")).hasSize(1);
    }

    private static List<String> problems(String subtype, String value) {
        FormDefinition.FieldRule rule = new FormDefinition.FieldRule("hearingDate", "Tanggal sidang", "datetime",
                subtype, new ObjectMapper().createObjectNode(), List.of(), List.of());
        List<String> problems = new ArrayList<>();
        FormSubmissionValidator.check(rule, value, problems);
        return problems;
    }
}
