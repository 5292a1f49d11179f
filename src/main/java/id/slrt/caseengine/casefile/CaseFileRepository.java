package id.slrt.caseengine.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import id.slrt.caseengine.platform.Encryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class CaseFileRepository {

    private static final String SELECT = """
            select c.id, c.registration_number, c.service_type, c.process_key, c.channel, c.region_code, c.status,
                   s.label_id, c.current_step, c.current_deadline, c.subject_person_id, c.reporter_person_id,
                   c.description, c.outcome, c.opened_at, c.closed_at, c.process_instance_id, c.created_by,
                   c.current_assignee, c.assigned_caseworker, c.district_code
              from slrt.case_file c join slrt.case_status s on s.code = c.status
            """;

    private final JdbcClient jdbc;
    private final Encryption encryption;

    public CaseFileRepository(JdbcClient jdbc, Encryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    public long insert(String registrationNumber, NewCase newCase, String status, OffsetDateTime now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into slrt.case_file (registration_number, service_type, process_key, channel, region_code,
                                                    status, description, description_sealed_with, opened_at, created_by,
                                                    updated_at)
                        values (:number, :serviceType, :processKey, :channel, :region, :status, :description, :sealedWith,
                                :now, :createdBy, :now)""")
                .param("number", registrationNumber)
                .param("serviceType", newCase.serviceType())
                .param("processKey", newCase.processKey())
                .param("channel", newCase.channel())
                .param("region", newCase.regionCode())
                .param("status", status)
                // The description tells what happened to a child or a patient: sealed at rest.
                .param("description", encryption.sealText(newCase.description()))
                .param("sealedWith", encryption.currentKeyId())
                .param("now", now)
                .param("createdBy", newCase.createdBy())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** The district (kecamatan) the case belongs to, for district-scoped staff. */
    public void setDistrict(long caseId, String districtCode) {
        jdbc.sql("update slrt.case_file set district_code = ? where id = ?").params(districtCode, caseId).update();
    }

    public boolean isDistrict(String code) {
        return jdbc.sql("select count(*) from slrt.region where code = ? and level = 3").param(code)
                .query(Integer.class).single() == 1;
    }

    public void linkPeople(long caseId, Long subjectPersonId, Long reporterPersonId) {
        jdbc.sql("update slrt.case_file set subject_person_id = ?, reporter_person_id = ? where id = ?")
                .params(subjectPersonId, reporterPersonId, caseId).update();
    }

    /** Links a case file that has no process yet; @return false when it already has one (nothing changes). */
    public boolean linkProcessInstance(long caseId, String processInstanceId, OffsetDateTime now) {
        return jdbc.sql("update slrt.case_file set process_instance_id = ?, updated_at = ? "
                        + "where id = ? and process_instance_id is null")
                .params(processInstanceId, now, caseId).update() == 1;
    }

    public void updateStatus(long caseId, String status, OffsetDateTime now) {
        jdbc.sql("update slrt.case_file set status = ?, updated_at = ? where id = ?")
                .params(status, now, caseId).update();
    }

    /** Records the step the case is waiting in; a null status leaves the status as it is. */
    public void updateStep(long caseId, String step, OffsetDateTime deadline, String status, String assignee,
                           OffsetDateTime now) {
        jdbc.sql("""
                        update slrt.case_file
                           set current_step = ?, current_deadline = ?, status = coalesce(?, status),
                               current_assignee = ?, updated_at = ?
                         where id = ?""")
                .params(step, deadline, status, assignee, now, caseId).update();
    }

    public void close(long caseId, String outcome, OffsetDateTime now) {
        jdbc.sql("""
                        update slrt.case_file
                           set status = 'CLOSED', outcome = ?, closed_at = ?, current_step = null,
                               current_deadline = null, updated_at = ?
                         where id = ?""")
                .params(outcome, now, now, caseId).update();
    }

    public Optional<CaseRecord> findById(long id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(this::map).optional();
    }

    public Optional<CaseRecord> findByRegistrationNumber(String registrationNumber) {
        return jdbc.sql(SELECT + " where c.registration_number = ?").param(registrationNumber)
                .query(this::map).optional();
    }

    public Optional<CaseRecord> findByProcessInstanceId(String processInstanceId) {
        return jdbc.sql(SELECT + " where c.process_instance_id = ?").param(processInstanceId)
                .query(this::map).optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from slrt.case_file").query(Long.class).single();
    }

    private CaseRecord map(ResultSet rs, int row) throws SQLException {
        return new CaseRecord(
                rs.getLong("id"),
                rs.getString("registration_number"),
                rs.getString("service_type"),
                rs.getString("process_key"),
                rs.getString("channel"),
                rs.getString("region_code"),
                rs.getString("status"),
                rs.getString("label_id"),
                rs.getString("current_step"),
                rs.getObject("current_deadline", OffsetDateTime.class),
                (Long) rs.getObject("subject_person_id"),
                (Long) rs.getObject("reporter_person_id"),
                encryption.openText(rs.getString("description")),
                rs.getString("outcome"),
                rs.getObject("opened_at", OffsetDateTime.class),
                rs.getObject("closed_at", OffsetDateTime.class),
                rs.getString("process_instance_id"),
                rs.getString("created_by"),
                rs.getString("current_assignee"),
                rs.getString("assigned_caseworker"),
                rs.getString("district_code"));
    }
}
