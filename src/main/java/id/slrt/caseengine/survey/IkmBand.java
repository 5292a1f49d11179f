package id.slrt.caseengine.survey;

import java.math.BigDecimal;

/**
 * Service quality band (mutu pelayanan) of an IKM value, PermenPAN-RB 14/2017: the converted interval
 * 25.00-64.99 D, 65.00-76.60 C, 76.61-88.30 B, 88.31-100.00 A.
 *
 * <p>The intervals are written with two decimals and leave gaps (76.605 is in none of them). The project's rule:
 * the IKM is first rounded half-up to the two decimals it is published with, then banded. Every two-decimal
 * value between 25.00 and 100.00 falls in exactly one interval, and the band always agrees with the figure the
 * office publishes (76.605 is published as 76.61, so it is B).
 */
public enum IkmBand {
    A("Sangat baik", "88.31", "100.00"),
    B("Baik", "76.61", "88.30"),
    C("Kurang baik", "65.00", "76.60"),
    D("Tidak baik", "25.00", "64.99");

    private final String label;
    private final BigDecimal from;
    private final BigDecimal to;

    IkmBand(String label, String from, String to) {
        this.label = label;
        this.from = new BigDecimal(from);
        this.to = new BigDecimal(to);
    }

    /** Band of an IKM already rounded to two decimals. */
    public static IkmBand of(BigDecimal roundedIkm) {
        if (roundedIkm.scale() > 2) {
            throw new IllegalArgumentException("Round the IKM to two decimals before banding: " + roundedIkm);
        }
        if (roundedIkm.compareTo(D.from) < 0 || roundedIkm.compareTo(A.to) > 0) {
            throw new IllegalArgumentException("IKM outside 25.00-100.00: " + roundedIkm);
        }
        for (IkmBand band : values()) {
            if (roundedIkm.compareTo(band.from) >= 0) {
                return band;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** Kinerja unit pelayanan, e.g. "Sangat baik". */
    public String label() {
        return label;
    }

    public BigDecimal from() {
        return from;
    }

    public BigDecimal to() {
        return to;
    }
}
