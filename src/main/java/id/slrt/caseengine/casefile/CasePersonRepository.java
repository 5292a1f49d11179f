package id.slrt.caseengine.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import id.slrt.caseengine.platform.Encryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The people of a case. Their identity (NIK, KK number, name, birth date, address) is sealed at rest
 * ({@link Encryption}); NIK and KK number are found through keyed hashes. Reads here open it transparently.
 */
@Repository
public class CasePersonRepository {

    private final JdbcClient jdbc;
    private final Encryption encryption;

    public CasePersonRepository(JdbcClient jdbc, Encryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    public long insert(long caseId, PersonRole role, PersonData person) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into slrt.case_person (case_id, role, nik, kk_number, name, birth_date, sex, address, phone,
                                                      relationship, nik_hash, kk_hash, sealed_with)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, role.name(), seal(person.nik()), seal(person.kkNumber()), seal(person.name()),
                        seal(person.birthDate() == null ? null : person.birthDate().toString()),
                        person.sex(), seal(person.address()), person.phone(), person.relationship(),
                        hash(person.nik()), hash(person.kkNumber()), encryption.currentKeyId())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** A corrected NIK (for example after a village application came back for correction). */
    public void updateNik(long personId, String nik) {
        reseal(personId);
        jdbc.sql("update slrt.case_person set nik = ?, nik_hash = ? where id = ?")
                .params(seal(nik), hash(nik), personId).update();
    }

    public void updateKkNumber(long personId, String kkNumber) {
        reseal(personId);
        jdbc.sql("update slrt.case_person set kk_number = ?, kk_hash = ? where id = ?")
                .params(seal(kkNumber), hash(kkNumber), personId).update();
    }

    /** The registered name of a person first known only by a description (an ODGJ found without identity). */
    public void updateName(long personId, String name) {
        reseal(personId);
        jdbc.sql("update slrt.case_person set name = ? where id = ?").params(seal(name), personId).update();
    }

    public List<CasePerson> findByCase(long caseId) {
        return jdbc.sql("select * from slrt.case_person where case_id = ? order by id")
                .param(caseId).query(this::map).list();
    }

    /** Open cases of a service whose subject has this NIK (for the duplicate check). */
    public List<String> openCasesWithSubjectNik(String serviceType, String nik) {
        return jdbc.sql("""
                        select c.registration_number from slrt.case_file c
                          join slrt.case_person p on p.id = c.subject_person_id
                         where p.nik_hash = any (?) and c.service_type = ? and c.closed_at is null
                         order by c.id""")
                .params(hashes(nik), serviceType).query(String.class).list();
    }

    /** Keyed hashes of a NIK or KK number under every listed key, for {@code nik_hash = any (?)}. */
    String[] hashes(String number) {
        return encryption.keyedHashes(trim(number)).toArray(String[]::new);
    }

    private CasePerson map(ResultSet rs, int row) throws SQLException {
        String birthDate = encryption.openText(rs.getString("birth_date"));
        PersonData data = new PersonData(
                trim(encryption.openText(rs.getString("nik"))),
                trim(encryption.openText(rs.getString("kk_number"))),
                encryption.openText(rs.getString("name")),
                birthDate == null ? null : LocalDate.parse(birthDate),
                rs.getString("sex"),
                encryption.openText(rs.getString("address")),
                rs.getString("phone"),
                rs.getString("relationship"));
        return new CasePerson(rs.getLong("id"), rs.getLong("case_id"), PersonRole.valueOf(rs.getString("role")), data);
    }

    private String seal(String value) {
        return encryption.sealText(value);
    }

    private String hash(String number) {
        return number == null ? null : encryption.keyedHash(trim(number));
    }

    /** Before one field is rewritten with the current key, the row's others are brought to it too. */
    private void reseal(long personId) {
        jdbc.sql("select id from slrt.case_person where id = ? and sealed_with is distinct from ?")
                .params(personId, encryption.currentKeyId()).query(Long.class).optional()
                .ifPresent(id -> SensitiveFieldSealer.resealPerson(jdbc, encryption, id));
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
