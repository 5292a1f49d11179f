package id.slrt.caseengine.survey;

/**
 * Respondent age. The regulation's questionnaire asks the age in years; the survey asks for a ten-year group
 * instead (fewer keystrokes on a phone, less identifying) and the report tabulates by these groups.
 */
public enum AgeGroup implements ProfileChoice {
    UNDER_20("Di bawah 20 tahun"),
    AGE_20_29("20-29 tahun"),
    AGE_30_39("30-39 tahun"),
    AGE_40_49("40-49 tahun"),
    AGE_50_59("50-59 tahun"),
    AGE_60_PLUS("60 tahun ke atas");

    private final String label;

    AgeGroup(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
