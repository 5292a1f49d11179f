package id.slrt.caseengine.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class CasePersonRepository {

    private final JdbcClient jdbc;

    public CasePersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long caseId, PersonRole role, PersonData person) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into slrt.case_person (case_id, role, nik, kk_number, name, birth_date, sex, address, phone, relationship)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, role.name(), person.nik(), person.kkNumber(), person.name(), person.birthDate(),
                        person.sex(), person.address(), person.phone(), person.relationship())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** A corrected NIK (for example after a village application came back for correction). */
    public void updateNik(long personId, String nik) {
        jdbc.sql("update slrt.case_person set nik = ? where id = ?").params(nik, personId).update();
    }

    public void updateKkNumber(long personId, String kkNumber) {
        jdbc.sql("update slrt.case_person set kk_number = ? where id = ?").params(kkNumber, personId).update();
    }

    /** The registered name of a person first known only by a description (an ODGJ found without identity). */
    public void updateName(long personId, String name) {
        jdbc.sql("update slrt.case_person set name = ? where id = ?").params(name, personId).update();
    }

    public List<CasePerson> findByCase(long caseId) {
        return jdbc.sql("select * from slrt.case_person where case_id = ? order by id")
                .param(caseId).query(CasePersonRepository::map).list();
    }

    /** Open cases of a service whose subject has this NIK (for the duplicate check). */
    public List<String> openCasesWithSubjectNik(String serviceType, String nik) {
        return jdbc.sql("""
                        select c.registration_number from slrt.case_file c
                          join slrt.case_person p on p.id = c.subject_person_id
                         where p.nik = ? and c.service_type = ? and c.closed_at is null
                         order by c.id""")
                .params(nik, serviceType).query(String.class).list();
    }

    private static CasePerson map(ResultSet rs, int row) throws SQLException {
        PersonData data = new PersonData(
                trim(rs.getString("nik")),
                trim(rs.getString("kk_number")),
                rs.getString("name"),
                rs.getObject("birth_date", LocalDate.class),
                rs.getString("sex"),
                rs.getString("address"),
                rs.getString("phone"),
                rs.getString("relationship"));
        return new CasePerson(rs.getLong("id"), rs.getLong("case_id"), PersonRole.valueOf(rs.getString("role")), data);
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
