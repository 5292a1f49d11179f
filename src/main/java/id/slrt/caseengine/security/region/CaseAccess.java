package id.slrt.caseengine.security.region;

import id.slrt.caseengine.security.SecurityProperties;
import id.slrt.caseengine.security.SlrtPrincipal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which cases the staff member behind the current request may see: those of their regencies, and of a restricted
 * service (children's cases, {@code slrt.case-access.restricted-service-types}) only when they are in a group that
 * sees restricted cases ({@code slrt.case-access.visible-to-groups}, the supervisor group) or are the case's
 * assigned caseworker or current assignee. Requests without a staff principal (the engine's own jobs, webhooks,
 * internal calls) are not restricted here.
 */
@Component
public class CaseAccess {

    /** What a search must leave out for the current staff member: restricted services not assigned to them. */
    public record Restriction(Set<String> serviceTypes, String userId) {
    }

    private final SecurityProperties.CaseAccess restricted;
    private final ObjectProvider<IdentityService> identity;
    private final ObjectProvider<StaffDistricts> districts;

    @org.springframework.beans.factory.annotation.Autowired
    public CaseAccess(SecurityProperties properties, ObjectProvider<IdentityService> identity,
                      ObjectProvider<StaffDistricts> districts) {
        this.restricted = properties.getCaseAccess();
        this.identity = identity;
        this.districts = districts;
    }

    /** Without district assignments (unit tests of the other rules). */
    public CaseAccess(SecurityProperties properties, ObjectProvider<IdentityService> identity) {
        this(properties, identity, new org.springframework.beans.factory.support.StaticListableBeanFactory()
                .getBeanProvider(StaffDistricts.class));
    }

    /**
     * The current staff member, if the request has one: the API's or a page's user, or the Tasklist user the
     * engine is working for (the Camunda webapps authenticate with their own session).
     */
    public Optional<SlrtPrincipal> currentStaff() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SlrtPrincipal principal) {
            return Optional.of(principal);
        }
        IdentityService engineIdentity = identity.getIfAvailable();
        var engineUser = engineIdentity == null ? null : engineIdentity.getCurrentAuthentication();
        if (engineUser == null || engineUser.getUserId() == null) {
            return Optional.empty();
        }
        return Optional.of(new SlrtPrincipal(engineUser.getUserId(),
                engineUser.getGroupIds() == null ? List.of() : List.copyOf(engineUser.getGroupIds()),
                engineUser.getTenantIds() == null ? List.of() : List.copyOf(engineUser.getTenantIds())));
    }

    /** Whether the current request may see a case of this regency (ignoring service restrictions). */
    public boolean maySee(String regencyCode) {
        return currentStaff().map(p -> ServedRegions.mayAccess(p, regencyCode)).orElse(true);
    }

    /** Whether the current request may see this case: its regency, and for a restricted service the assignment. */
    public boolean maySee(ScopedCase record) {
        Optional<SlrtPrincipal> staff = currentStaff();
        if (staff.isEmpty()) {
            return true;
        }
        SlrtPrincipal principal = staff.get();
        if (!ServedRegions.mayAccess(principal, record.regionCode())) {
            return false;
        }
        Optional<Set<String>> assigned = districtsOf(principal);
        if (assigned.isPresent() && (record.districtCode() == null || !assigned.get().contains(record.districtCode()))) {
            return false;
        }
        if (!restricted.isRestricted(record.serviceType()) || seesAllRestricted(principal)) {
            return true;
        }
        return principal.userId().equals(record.assignedCaseworker())
                || principal.userId().equals(record.currentAssignee());
    }

    /** The regencies the current staff member may see; empty when not restricted (administrators, internal calls). */
    public Optional<Set<String>> visibleRegencies() {
        return currentStaff().filter(p -> !p.inGroup(id.slrt.caseengine.system.Groups.ADMIN))
                .map(ServedRegions::regenciesOf);
    }

    /**
     * The districts the current staff member is limited to (a Puskesos operator assigned to districts); empty when
     * not district-scoped (no assignment, administrators, internal calls).
     */
    public Optional<Set<String>> visibleDistricts() {
        return currentStaff().flatMap(this::districtsOf);
    }

    private Optional<Set<String>> districtsOf(SlrtPrincipal principal) {
        StaffDistricts staff = districts.getIfAvailable();
        if (staff == null || principal.inGroup(id.slrt.caseengine.system.Groups.ADMIN)) {
            return Optional.empty();
        }
        return staff.of(principal.userId());
    }

    /** The restricted services a search must filter to the current staff member's assignments; empty: none. */
    public Optional<Restriction> restriction() {
        Set<String> types = restricted.restrictedTypes();
        if (types.isEmpty()) {
            return Optional.empty();
        }
        return currentStaff().filter(p -> !seesAllRestricted(p)).map(p -> new Restriction(types, p.userId()));
    }

    private boolean seesAllRestricted(SlrtPrincipal principal) {
        return restricted.getVisibleToGroups().stream().anyMatch(principal::inGroup);
    }
}
