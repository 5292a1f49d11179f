package id.slrt.caseengine.survey;

/**
 * Pekerjaan: the regulation's sample lists PNS, TNI, POLRI, Swasta, Wirausaha and Lainnya; "Pelajar/Mahasiswa"
 * and "Tidak bekerja" are added so that most SLRT clients do not all end up under "Lainnya".
 */
public enum Occupation implements ProfileChoice {
    PNS("PNS"),
    TNI("TNI"),
    POLRI("POLRI"),
    SWASTA("Pegawai swasta"),
    WIRAUSAHA("Wirausaha"),
    PELAJAR("Pelajar/Mahasiswa"),
    TIDAK_BEKERJA("Tidak bekerja"),
    LAINNYA("Lainnya");

    private final String label;

    Occupation(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
