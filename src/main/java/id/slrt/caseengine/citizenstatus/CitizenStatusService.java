package id.slrt.caseengine.citizenstatus;

import id.slrt.caseengine.platform.DecisionTables;
import id.slrt.caseengine.system.PhoneNumbers;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The status of a case for the citizen who reported it: the registration number plus the reporter's phone
 * number as a second factor. An unknown number and a phone that does not match give the same empty answer,
 * after the same single query, so the answer does not tell whether a case exists.
 */
@Service
public class CitizenStatusService {

    private final JdbcClient jdbc;
    private final DecisionTables decisions;

    public CitizenStatusService(JdbcClient jdbc, DecisionTables decisions) {
        this.jdbc = jdbc;
        this.decisions = decisions;
    }

    /** @param phone any accepted Indonesian form (08..., 628..., +628...) */
    public Optional<CitizenStatus> find(String registrationNumber, String phone) {
        Optional<String> normalised = PhoneNumbers.normalise(phone);
        if (registrationNumber == null || normalised.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select c.registration_number, c.service_type, c.status, s.label_id, c.current_step,
                               c.current_deadline, c.closed_at
                          from slrt.case_file c
                          join slrt.case_status s on s.code = c.status
                          join slrt.case_person p on p.id = c.reporter_person_id
                         where c.registration_number = ? and p.phone = ?""")
                .params(registrationNumber.trim().toUpperCase(java.util.Locale.ROOT), normalised.get())
                .query((rs, n) -> new CitizenStatus(rs.getString(1), serviceLabel(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class),
                        rs.getObject(7, OffsetDateTime.class)))
                .optional();
    }

    private String serviceLabel(String serviceType) {
        return decisions.evaluate("serviceProcess", Map.of("serviceType", serviceType)).stream()
                .map(row -> (String) row.get("label")).filter(l -> l != null).findFirst().orElse(serviceType);
    }
}
