package id.slrt.caseengine.system;

import java.util.Optional;

/** Indonesian mobile/landline numbers normalised to the international form {@code +62...}. */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** Accepts 08..., 628..., +628... with optional spaces or dashes; empty when it is not a plausible number. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = raw.replaceAll("[\\s-]", "");
        String digits;
        if (compact.startsWith("+62")) {
            digits = compact.substring(3);
        } else if (compact.startsWith("62")) {
            digits = compact.substring(2);
        } else if (compact.startsWith("0")) {
            digits = compact.substring(1);
        } else {
            return Optional.empty();
        }
        if (!digits.matches("[1-9][0-9]{7,12}")) {
            return Optional.empty();
        }
        return Optional.of("+62" + digits);
    }
}
