package id.slrt.caseengine.survey;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One respondent's answers: a score of 1-4 for each of the nine elements, the optional profile and comment.
 * {@link #parse} reads the submitted form and lists every problem in plain Indonesian.
 */
public record SurveyAnswers(Map<SurveyElement, Integer> scores, AgeGroup ageGroup, RespondentSex sex,
                            Education education, Occupation occupation, String comment) {

    public static final int MAX_COMMENT = 2000;

    public int score(SurveyElement element) {
        return scores.get(element);
    }

    /** The outcome of reading a form: the answers, or the problems by field (and the values to show again). */
    public record Parsed(SurveyAnswers answers, Map<String, String> errors, Map<String, String> values) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public static Parsed parse(Map<String, String> form) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        Map<SurveyElement, Integer> scores = new EnumMap<>(SurveyElement.class);
        for (SurveyElement element : SurveyElement.values()) {
            String raw = trimmed(form.get(element.field()));
            if (raw == null) {
                errors.put(element.field(), "Pertanyaan " + element.number() + " (" + element.title()
                        + ") belum dijawab; pilih salah satu jawaban.");
                continue;
            }
            values.put(element.field(), raw);
            if (!raw.matches("[1-4]")) {
                errors.put(element.field(), "Jawaban pertanyaan " + element.number() + " tidak dikenal; pilih salah satu jawaban.");
                continue;
            }
            scores.put(element, Integer.parseInt(raw));
        }
        AgeGroup age = choice(form, "ageGroup", AgeGroup.class, "Kelompok usia", errors, values);
        RespondentSex sex = choice(form, "sex", RespondentSex.class, "Jenis kelamin", errors, values);
        Education education = choice(form, "education", Education.class, "Pendidikan", errors, values);
        Occupation occupation = choice(form, "occupation", Occupation.class, "Pekerjaan", errors, values);
        String comment = trimmed(form.get("comment"));
        if (comment != null) {
            values.put("comment", comment);
            if (comment.length() > MAX_COMMENT) {
                errors.put("comment", "Saran dan masukan paling banyak " + MAX_COMMENT + " karakter (sekarang "
                        + comment.length() + ").");
            }
        }
        if (!errors.isEmpty()) {
            return new Parsed(null, errors, values);
        }
        return new Parsed(new SurveyAnswers(Map.copyOf(scores), age, sex, education, occupation, comment), Map.of(), values);
    }

    private static <E extends Enum<E>> E choice(Map<String, String> form, String field, Class<E> type, String label,
                                                Map<String, String> errors, Map<String, String> values) {
        String raw = trimmed(form.get(field));
        if (raw == null) {
            return null;
        }
        values.put(field, raw);
        for (E option : type.getEnumConstants()) {
            if (option.name().equals(raw)) {
                return option;
            }
        }
        errors.put(field, label + ": pilihan tidak dikenal.");
        return null;
    }

    private static String trimmed(String value) {
        if (value == null) {
            return null;
        }
        String t = value.strip();
        return t.isEmpty() ? null : t;
    }

    /** Field names in the order the form shows them (for error summaries). */
    public static List<String> fieldOrder() {
        List<String> order = new ArrayList<>();
        for (SurveyElement element : SurveyElement.values()) {
            order.add(element.field());
        }
        order.addAll(List.of("ageGroup", "sex", "education", "occupation", "comment"));
        return order;
    }
}
