package id.slrt.caseengine.system;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as Indonesian readers write them: 12.345; 89,21; 87,5 %. Null prints "-". */
public final class IndonesianNumbers {

    private IndonesianNumbers() {
    }

    public static String number(long value) {
        return String.format(IndonesianDates.INDONESIAN, "%,d", value);
    }

    public static String decimal(BigDecimal value, int scale) {
        return value == null ? "-" : value.setScale(scale, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    public static String percent(BigDecimal value) {
        return value == null ? "-" : decimal(value, 1) + " %";
    }
}
