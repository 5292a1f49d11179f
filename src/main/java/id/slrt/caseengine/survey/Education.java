package id.slrt.caseengine.survey;

/**
 * Pendidikan: the regulation's sample lists SD, SMP, SMA, S1, S2, S3; "Tidak/belum sekolah" and "Diploma"
 * are added because many SLRT clients have no schooling and diplomas are common.
 */
public enum Education implements ProfileChoice {
    NONE("Tidak/belum sekolah"),
    SD("SD/sederajat"),
    SMP("SMP/sederajat"),
    SMA("SMA/sederajat"),
    DIPLOMA("Diploma (D1-D4)"),
    S1("S1"),
    S2("S2"),
    S3("S3");

    private final String label;

    Education(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
