package id.slrt.caseengine.survey;

/** Jenis kelamin, stored as M/F like {@code case_person.sex}. */
public enum RespondentSex implements ProfileChoice {
    M("Laki-laki"),
    F("Perempuan");

    private final String label;

    RespondentSex(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
