package id.slrt.caseengine.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurveyAnswersTest {

    static Map<String, String> complete() {
        Map<String, String> form = new HashMap<>();
        for (SurveyElement e : SurveyElement.values()) {
            form.put(e.field(), String.valueOf(1 + e.ordinal() % 4));
        }
        return form;
    }

    @Test
    void aCompleteFormParsesWithOptionalProfileLeftEmpty() {
        Map<String, String> form = complete();
        form.put("ageGroup", "");
        form.put("comment", "  Ruang tunggu panas  ");
        SurveyAnswers.Parsed parsed = SurveyAnswers.parse(form);

        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.answers().score(SurveyElement.U1)).isEqualTo(1);
        assertThat(parsed.answers().score(SurveyElement.U4)).isEqualTo(4);
        assertThat(parsed.answers().ageGroup()).isNull();
        assertThat(parsed.answers().comment()).isEqualTo("Ruang tunggu panas");
    }

    @Test
    void everyMissingOrUnknownAnswerIsNamedInIndonesian() {
        Map<String, String> form = complete();
        form.remove("u3");
        form.put("u7", "5");
        form.put("sex", "X");
        form.put("education", "SMA");
        form.put("comment", "x".repeat(2001));
        SurveyAnswers.Parsed parsed = SurveyAnswers.parse(form);

        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.errors()).containsOnlyKeys("u3", "u7", "sex", "comment");
        assertThat(parsed.errors().get("u3")).isEqualTo("Pertanyaan 3 (Waktu Penyelesaian) belum dijawab; pilih salah satu jawaban.");
        assertThat(parsed.errors().get("u7")).contains("tidak dikenal");
        assertThat(parsed.errors().get("comment")).contains("2000");
        assertThat(parsed.values()).containsEntry("education", "SMA").containsEntry("u1", "1");
    }

    @Test
    void theRegulationWordingIsUsedForEveryElement() {
        assertThat(SurveyElement.U1.answers()).containsExactly("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai");
        assertThat(SurveyElement.U4.answer(4)).isEqualTo("Gratis");
        assertThat(SurveyElement.U9.answer(2)).isEqualTo("Ada tetapi tidak berfungsi");
        assertThat(SurveyElement.values()).hasSize(9).allSatisfy(e -> assertThat(e.answers()).hasSize(4));
    }
}
