package id.slrt.caseengine.casefile;

import id.slrt.caseengine.platform.Encryption;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the sensitive case fields of rows that are not sealed with the current key: rows written before encryption
 * (the migration cannot seal, it has no key) and, after a key rotation, rows sealed with an older key. Runs at start
 * and on demand ({@link #sealPending}); each batch is its own transaction, so a restart continues where it stopped.
 */
@Component
public class SensitiveFieldSealer {

    private static final Logger log = LoggerFactory.getLogger(SensitiveFieldSealer.class);
    private static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final Encryption encryption;
    private final TransactionTemplate transactions;

    public SensitiveFieldSealer(JdbcClient jdbc, Encryption encryption, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void atStart() {
        try {
            Counts counts = sealPending();
            if (counts.people() + counts.cases() > 0) {
                log.info("Sealed sensitive case fields with key {}: {} people, {} case descriptions",
                        encryption.currentKeyId(), counts.people(), counts.cases());
            }
        } catch (IllegalStateException noKeys) {
            log.warn("Sensitive case fields not sealed: {}", noKeys.getMessage());
        }
    }

    public record Counts(int people, int cases) {
    }

    /** Seals (or re-seals with the current key) everything that is not; returns how many rows changed. */
    public Counts sealPending() {
        String current = encryption.currentKeyId();
        int people = 0;
        int cases = 0;
        while (true) {
            Integer done = transactions.execute(tx -> {
                List<Long> ids = jdbc.sql("select id from slrt.case_person where sealed_with is distinct from ? "
                                + "order by id limit ? for update skip locked")
                        .params(current, BATCH).query(Long.class).list();
                ids.forEach(id -> resealPerson(jdbc, encryption, id));
                return ids.size();
            });
            people += done;
            if (done < BATCH) {
                break;
            }
        }
        while (true) {
            Integer done = transactions.execute(tx -> {
                List<Map<String, Object>> rows = jdbc.sql("select id, description from slrt.case_file "
                                + "where description_sealed_with is distinct from ? order by id limit ? "
                                + "for update skip locked")
                        .params(current, BATCH).query().listOfRows();
                rows.forEach(row -> jdbc.sql("update slrt.case_file set description = ?, description_sealed_with = ? "
                                + "where id = ?")
                        .params(encryption.sealText(encryption.openText((String) row.get("description"))), current,
                                row.get("id"))
                        .update());
                return rows.size();
            });
            cases += done;
            if (done < BATCH) {
                break;
            }
        }
        return new Counts(people, cases);
    }

    /** Opens a person's fields with whichever key sealed them (or none) and seals them with the current one. */
    static void resealPerson(JdbcClient jdbc, Encryption encryption, long personId) {
        Map<String, Object> row = jdbc.sql("select nik, kk_number, name, birth_date, address from slrt.case_person "
                        + "where id = ?").param(personId).query().singleRow();
        String nik = trim(encryption.openText((String) row.get("nik")));
        String kk = trim(encryption.openText((String) row.get("kk_number")));
        jdbc.sql("""
                        update slrt.case_person
                           set nik = ?, kk_number = ?, name = ?, birth_date = ?, address = ?, nik_hash = ?, kk_hash = ?,
                               sealed_with = ?
                         where id = ?""")
                .params(encryption.sealText(nik), encryption.sealText(kk),
                        encryption.sealText(encryption.openText((String) row.get("name"))),
                        encryption.sealText(encryption.openText((String) row.get("birth_date"))),
                        encryption.sealText(encryption.openText((String) row.get("address"))),
                        nik == null ? null : encryption.keyedHash(nik), kk == null ? null : encryption.keyedHash(kk),
                        encryption.currentKeyId(), personId)
                .update();
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }
}
