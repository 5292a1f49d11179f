package id.slrt.caseengine.security.region;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A regency's cases belong to the Camunda tenant {@code r<regency code>} (for example {@code r3516}); a user works
 * the cases of the regencies whose tenants they are a member of. Tenant ids are derived, never stored apart.
 */
public final class RegionTenants {

    private static final String PREFIX = "r";

    private RegionTenants() {
    }

    public static String tenantOf(String regencyCode) {
        return PREFIX + regencyCode;
    }

    public static Optional<String> regencyOf(String tenantId) {
        return tenantId != null && tenantId.matches(PREFIX + "[0-9]{4}")
                ? Optional.of(tenantId.substring(PREFIX.length())) : Optional.empty();
    }

    public static Set<String> regenciesOf(List<String> tenantIds) {
        return tenantIds.stream().map(RegionTenants::regencyOf).flatMap(Optional::stream).collect(Collectors.toSet());
    }
}
