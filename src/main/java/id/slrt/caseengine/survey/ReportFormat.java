package id.slrt.caseengine.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Number and date formats of the report pages, Indonesian style (89,21; 30 September 2026). Null prints "-". */
public final class ReportFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));
    private static final DateTimeFormatter DAY_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", Locale.forLanguageTag("id-ID"));

    public String decimal(BigDecimal value, int scale) {
        return indonesianDecimal(value, scale);
    }

    static String indonesianDecimal(BigDecimal value, int scale) {
        return value == null ? "-" : value.setScale(scale, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    public String percent(BigDecimal value) {
        return value == null ? "-" : decimal(value, 1) + " %";
    }

    public String number(long value) {
        return String.format(Locale.forLanguageTag("id-ID"), "%,d", value);
    }

    public String day(LocalDate day) {
        return day == null ? "-" : day.format(DAY);
    }

    public String dayTime(OffsetDateTime time) {
        return time == null ? "-" : time.format(DAY_TIME);
    }
}
