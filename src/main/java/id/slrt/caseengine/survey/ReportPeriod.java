package id.slrt.caseengine.survey;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a month ({@code 2026-11}), a quarter ({@code 2026-Q4}) or a year ({@code 2026}), in the
 * office's calendar. {@code start} is the first day, {@code end} the first day after the period.
 */
public record ReportPeriod(Type type, int year, int number) {

    public enum Type { MONTH, QUARTER, YEAR }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    public ReportPeriod {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("tahun harus antara 2000 dan 2100");
        }
        int max = switch (type) {
            case MONTH -> 12;
            case QUARTER -> 4;
            case YEAR -> 1;
        };
        if (number < 1 || number > max) {
            throw new IllegalArgumentException("nomor periode di luar rentang");
        }
    }

    /** Parses {@code 2026-11}, {@code 2026-Q4} or {@code 2026}; throws IllegalArgumentException otherwise. */
    public static ReportPeriod parse(String text) {
        String value = text == null ? "" : text.trim();
        Matcher m = MONTH.matcher(value);
        if (m.matches()) {
            return new ReportPeriod(Type.MONTH, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = QUARTER.matcher(value);
        if (m.matches()) {
            return new ReportPeriod(Type.QUARTER, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = YEAR.matcher(value);
        if (m.matches()) {
            return new ReportPeriod(Type.YEAR, Integer.parseInt(m.group(1)), 1);
        }
        throw new IllegalArgumentException("gunakan TTTT-BB (bulan), TTTT-Qn (triwulan) atau TTTT (tahun), "
                + "misalnya 2026-11, 2026-Q3 atau 2026");
    }

    /** The period of the given type that contains a day. */
    public static ReportPeriod containing(Type type, LocalDate day) {
        return switch (type) {
            case MONTH -> new ReportPeriod(type, day.getYear(), day.getMonthValue());
            case QUARTER -> new ReportPeriod(type, day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
            case YEAR -> new ReportPeriod(type, day.getYear(), 1);
        };
    }

    public LocalDate start() {
        return switch (type) {
            case MONTH -> LocalDate.of(year, number, 1);
            case QUARTER -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    public LocalDate end() {
        return switch (type) {
            case MONTH -> start().plusMonths(1);
            case QUARTER -> start().plusMonths(3);
            case YEAR -> start().plusYears(1);
        };
    }

    public ReportPeriod previous() {
        return containing(type, start().minusDays(1));
    }

    /** The code this period is parsed from. */
    public String code() {
        return switch (type) {
            case MONTH -> "%d-%02d".formatted(year, number);
            case QUARTER -> year + "-Q" + number;
            case YEAR -> String.valueOf(year);
        };
    }

    /** Indonesian label: "November 2026", "Triwulan III 2026", "Tahun 2026". */
    public String label() {
        return switch (type) {
            case MONTH -> Month.of(number).getDisplayName(TextStyle.FULL, INDONESIAN) + " " + year;
            case QUARTER -> "Triwulan " + ROMAN[number - 1] + " " + year;
            case YEAR -> "Tahun " + year;
        };
    }

    /** Short label for chart axes: "Nov 2026", "TW III 2026", "2026". */
    public String shortLabel() {
        return switch (type) {
            case MONTH -> Month.of(number).getDisplayName(TextStyle.SHORT, INDONESIAN) + " " + year;
            case QUARTER -> "TW " + ROMAN[number - 1] + " " + year;
            case YEAR -> String.valueOf(year);
        };
    }
}
