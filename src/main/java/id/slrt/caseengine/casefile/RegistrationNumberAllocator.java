package id.slrt.caseengine.casefile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out {@code SLRT-<regency>-<year>-<sequence>} numbers without gaps: the counter row is incremented
 * inside the caller's transaction, so a rolled-back intake gives its number back. Concurrent intakes for the
 * same regency and year queue on the row lock.
 */
@Component
public class RegistrationNumberAllocator {

    private final JdbcClient jdbc;

    public RegistrationNumberAllocator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String regencyCode, int year) {
        int sequence = jdbc.sql("""
                        insert into slrt.registration_counter (regency_code, year, last_value) values (?, ?, 1)
                        on conflict (regency_code, year)
                        do update set last_value = slrt.registration_counter.last_value + 1
                        returning last_value""")
                .params(regencyCode, year)
                .query(Integer.class).single();
        if (sequence > 999_999) {
            throw new IllegalStateException("Registration numbers for regency " + regencyCode + " in " + year + " are exhausted");
        }
        return format(regencyCode, year, sequence);
    }

    public static String format(String regencyCode, int year, int sequence) {
        return String.format("SLRT-%s-%04d-%06d", regencyCode, year, sequence);
    }
}
