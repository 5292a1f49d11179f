package id.slrt.caseengine.security.region;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The districts (kecamatan) a staff member is assigned to ({@code slrt.staff_district}): a Puskesos operator with
 * assignments sees only the cases of those districts; staff without any keep their regencies' cases.
 */
@Component
public class StaffDistricts {

    private final JdbcClient jdbc;

    public StaffDistricts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's districts; empty when the user is not district-scoped. */
    public Optional<Set<String>> of(String userId) {
        List<String> codes = jdbc.sql("select district_code from slrt.staff_district where user_id = ? "
                + "order by district_code").param(userId).query(String.class).list();
        return codes.isEmpty() ? Optional.empty() : Optional.of(new TreeSet<>(codes));
    }

    /** Replaces the user's districts (an empty set ends district scoping); returns the new set. */
    @Transactional
    public Set<String> assign(String userId, Set<String> districts, String by, OffsetDateTime at) {
        jdbc.sql("delete from slrt.staff_district where user_id = ?").param(userId).update();
        for (String code : new TreeSet<>(districts)) {
            jdbc.sql("insert into slrt.staff_district (user_id, district_code, assigned_by, assigned_at) "
                    + "values (?, ?, ?, ?)").params(userId, code, by, at).update();
        }
        return of(userId).orElse(Set.of());
    }
}
