package id.slrt.caseengine.letters;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letter numbers (nomor surat) without gaps per office and year: the counter row is incremented inside the
 * transaction that stores the letter, so a letter that fails to be stored gives its number back, and concurrent
 * issues of one office queue on the row lock until the letter holding it is stored.
 */
@Component
public class LetterNumbers {

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    private final JdbcClient jdbc;

    public LetterNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int next(String officeCode, int year) {
        int sequence = jdbc.sql("""
                        insert into slrt.letter_counter (office_code, year, last_value) values (?, ?, 1)
                        on conflict (office_code, year)
                        do update set last_value = slrt.letter_counter.last_value + 1
                        returning last_value""")
                .params(officeCode, year).query(Integer.class).single();
        if (sequence > 9_999) {
            throw new IllegalStateException("Letter numbers of office " + officeCode + " in " + year + " are exhausted");
        }
        return sequence;
    }

    /** The number after the office's pattern: {classification}, {sequence}, {unit}, {month} (Roman), {year}. */
    public static String format(String pattern, String classification, int sequence, String unit, LocalDate day) {
        return pattern.replace("{classification}", classification)
                .replace("{sequence}", String.format("%04d", sequence))
                .replace("{unit}", unit == null ? "" : unit)
                .replace("{month}", ROMAN[day.getMonthValue() - 1])
                .replace("{year}", String.valueOf(day.getYear()));
    }
}
