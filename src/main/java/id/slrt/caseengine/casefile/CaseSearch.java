package id.slrt.caseengine.casefile;

import id.slrt.caseengine.platform.Encryption;
import id.slrt.caseengine.security.region.CaseAccess;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds cases by the fields people search by (registration number, subject NIK or KK, region, service,
 * status, open or overdue), all from the project's own indexed tables.
 */
@Repository
public class CaseSearch {

    /** Search criteria; null fields are not filtered on. */
    public record Criteria(String registrationNumber, String nik, String kkNumber, String regionCode,
                           String serviceType, String status, Boolean open, Boolean overdue,
                           java.util.Set<String> visibleRegencies, CaseAccess.Restriction restriction,
                           java.util.Set<String> visibleDistricts, String ppksType) {

        public Criteria(String registrationNumber, String nik, String kkNumber, String regionCode, String serviceType,
                        String status, Boolean open, Boolean overdue, java.util.Set<String> visibleRegencies,
                        CaseAccess.Restriction restriction, java.util.Set<String> visibleDistricts) {
            this(registrationNumber, nik, kkNumber, regionCode, serviceType, status, open, overdue, visibleRegencies,
                    restriction, visibleDistricts, null);
        }
    }

    /** One line of a result list: enough to pick the case, no personal data beyond the subject's name. */
    public record CaseSummary(String registrationNumber, String serviceType, String regionCode, String status,
                              String statusLabel, String currentStep, OffsetDateTime currentDeadline,
                              OffsetDateTime openedAt, OffsetDateTime closedAt, String subjectName) {
    }

    private final JdbcClient jdbc;

    private final Encryption encryption;

    public CaseSearch(JdbcClient jdbc, Encryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    public List<String> statuses() {
        return jdbc.sql("select code from slrt.case_status order by code").query(String.class).list();
    }

    public boolean isKnownStatus(String status) {
        return statuses().contains(status);
    }

    public List<CaseSummary> find(Criteria criteria, OffsetDateTime now, int page, int size) {
        StringBuilder sql = new StringBuilder("""
                select c.registration_number, c.service_type, c.region_code, c.status, s.label_id, c.current_step,
                       c.current_deadline, c.opened_at, c.closed_at, p.name
                  from slrt.case_file c
                  join slrt.case_status s on s.code = c.status
                  left join slrt.case_person p on p.id = c.subject_person_id
                 where true""");
        List<Object> params = new ArrayList<>();
        if (criteria.registrationNumber() != null) {
            sql.append(" and c.registration_number = ?");
            params.add(criteria.registrationNumber());
        }
        if (criteria.nik() != null) {
            // NIK and KK number are sealed at rest: matched by keyed hash (under every listed key during a rotation).
            sql.append(" and c.id in (select case_id from slrt.case_person where nik_hash = any (?))");
            params.add(encryption.keyedHashes(criteria.nik().strip()).toArray(String[]::new));
        }
        if (criteria.kkNumber() != null) {
            sql.append(" and c.id in (select case_id from slrt.case_person where kk_hash = any (?))");
            params.add(encryption.keyedHashes(criteria.kkNumber().strip()).toArray(String[]::new));
        }
        if (criteria.regionCode() != null) {
            sql.append(" and c.region_code = ?");
            params.add(criteria.regionCode());
        }
        if (criteria.visibleRegencies() != null) {
            sql.append(" and c.region_code = any (?)");
            params.add(criteria.visibleRegencies().toArray(String[]::new));
        }
        if (criteria.visibleDistricts() != null) {
            // A district-scoped operator (Puskesos): only the cases of the assigned districts.
            sql.append(" and c.district_code = any (?)");
            params.add(criteria.visibleDistricts().toArray(String[]::new));
        }
        if (criteria.restriction() != null) {
            // Restricted services (children's cases): only those assigned to the searching caseworker.
            sql.append(" and (c.service_type <> all (?) or c.assigned_caseworker = ? or c.current_assignee = ?)");
            params.add(criteria.restriction().serviceTypes().toArray(String[]::new));
            params.add(criteria.restriction().userId());
            params.add(criteria.restriction().userId());
        }
        if (criteria.serviceType() != null) {
            sql.append(" and c.service_type = ?");
            params.add(criteria.serviceType());
        }
        if (criteria.ppksType() != null) {
            sql.append(" and c.id in (select case_id from slrt.case_ppks where ppks_code = ?)");
            params.add(criteria.ppksType());
        }
        if (criteria.status() != null) {
            sql.append(" and c.status = ?");
            params.add(criteria.status());
        }
        if (Boolean.TRUE.equals(criteria.open()) || Boolean.TRUE.equals(criteria.overdue())) {
            sql.append(" and c.closed_at is null");
        } else if (Boolean.FALSE.equals(criteria.open())) {
            sql.append(" and c.closed_at is not null");
        }
        if (Boolean.TRUE.equals(criteria.overdue())) {
            sql.append(" and c.current_deadline < ?");
            params.add(now);
        }
        sql.append(" order by c.current_deadline nulls last, c.id limit ? offset ?");
        params.add(size);
        params.add((long) page * size);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new CaseSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class),
                        rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class), encryption.openText(rs.getString(10))))
                .list();
    }
}
