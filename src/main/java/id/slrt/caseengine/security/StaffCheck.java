package id.slrt.caseengine.security;

import id.slrt.caseengine.security.region.RegionTenants;
import id.slrt.caseengine.system.Groups;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Whether a staff member may be given a case's work: the user exists, belongs to the group and, for a case of a
 * regency (tenant), works in that regency. Used when a supervisor names a caseworker in a form
 * ({@link RequireGroupMemberDelegate}) and when a task is reassigned for the rest of the case
 * ({@code casefile.ReassignmentTracker}).
 */
public final class StaffCheck {

    private StaffCheck() {
    }

    /**
     * The reason, in Indonesian, why {@code userId} cannot take the work; empty when they can. A single sign-on user
     * (not in Camunda's identity tables) taking the work themselves, such as claiming a task, is checked against the
     * groups and tenants of their login, which came from the identity provider's token.
     */
    public static Optional<String> whyNot(IdentityService identity, String userId, String group, String tenantId) {
        Authentication self = identity.getCurrentAuthentication();
        if (self != null && userId.equals(self.getUserId()) && self.getGroupIds() != null
                && identity.createUserQuery().userId(userId).count() == 0) {
            if (!self.getGroupIds().contains(group)) {
                return Optional.of("bukan anggota kelompok " + Groups.displayName(group) + " (" + group + ")");
            }
            if (tenantId != null && (self.getTenantIds() == null || !self.getTenantIds().contains(tenantId))) {
                return Optional.of("tidak bertugas di wilayah " + RegionTenants.regencyOf(tenantId).orElse(tenantId));
            }
            return Optional.empty();
        }
        if (identity.createUserQuery().userId(userId).count() == 0) {
            return Optional.of("pengguna dengan user id ini tidak ada");
        }
        if (identity.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
            return Optional.of("bukan anggota kelompok " + Groups.displayName(group) + " (" + group + ")");
        }
        if (tenantId != null && identity.createUserQuery().userId(userId).memberOfTenant(tenantId).count() == 0) {
            return Optional.of("tidak bertugas di wilayah " + RegionTenants.regencyOf(tenantId).orElse(tenantId));
        }
        return Optional.empty();
    }

    /** The refusal (HTTP 400 in Tasklist and the REST API) naming the user and the reason. */
    public static BadUserRequestException refused(String userId, String reason) {
        return new BadUserRequestException("Petugas '" + userId + "' tidak dapat ditunjuk: " + reason);
    }
}
