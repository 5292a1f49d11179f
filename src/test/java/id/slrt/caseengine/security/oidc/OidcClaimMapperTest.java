package id.slrt.caseengine.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.slrt.caseengine.security.SlrtPrincipal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Claims of hand-made tokens (as Keycloak and other providers write them) to the engine's user, groups and tenants. */
class OidcClaimMapperTest {

    private final OidcProperties properties = new OidcProperties();
    private final OidcClaimMapper mapper = new OidcClaimMapper(properties);

    @Test
    void keycloakGroupsBecomeRolesAndRegencyTenants() {
        SlrtPrincipal principal = mapper.principal(Map.of(
                "sub", "bc73a5ea-54d6-4daa-976f-7801b901453a",
                "preferred_username", "dewi.peksos",
                "groups", List.of("caseworker", "r3516", "offline_access", "/Dinsos Jatim/Staf")));

        assertThat(principal.userId()).isEqualTo("dewi.peksos");
        assertThat(principal.groupIds()).containsExactly("caseworker");
        assertThat(principal.tenantIds()).containsExactly("r3516");
    }

    @Test
    void fullGroupPathsAreCutToTheirLastSegment() {
        SlrtPrincipal principal = mapper.principal(Map.of("preferred_username", "agus",
                "groups", List.of("/slrt/supervisor", "/wilayah/r3578", "/camunda-admin")));

        assertThat(principal.groupIds()).containsExactly("camunda-admin", "supervisor");
        assertThat(principal.tenantIds()).containsExactly("r3578");
    }

    @Test
    void theRegencyClaimTakesCodesTenantIdsAndCommaSeparatedText() {
        assertThat(mapper.principal(Map.of("preferred_username", "a", "regency", "3516")).tenantIds())
                .containsExactly("r3516");
        assertThat(mapper.principal(Map.of("preferred_username", "a", "regency", List.of("3578", "r3325"))).tenantIds())
                .containsExactly("r3325", "r3578");
        assertThat(mapper.principal(Map.of("preferred_username", "a", "regency", "3516, 1275,35xx,351")).tenantIds())
                .containsExactly("r1275", "r3516");
        assertThat(mapper.principal(Map.of("preferred_username", "a", "groups", List.of("r3516"),
                "regency", List.of("3516"))).tenantIds()).containsExactly("r3516");
    }

    @Test
    void groupMappingRenamesTheProvidersGroups() {
        properties.setGroupMapping(Map.of("SLRT Pekerja Sosial", "caseworker", "kab-mojokerto", "r3516",
                "Pengawas", "supervisor"));

        SlrtPrincipal principal = mapper.principal(Map.of("preferred_username", "sari",
                "groups", List.of("SLRT Pekerja Sosial", "/Dinsos/kab-mojokerto", "Pengawas Keuangan")));

        assertThat(principal.groupIds()).containsExactly("caseworker");
        assertThat(principal.tenantIds()).containsExactly("r3516");
    }

    @Test
    void unknownGroupsAndMalformedTenantsReachNothing() {
        SlrtPrincipal principal = mapper.principal(Map.of("preferred_username", "x",
                "groups", List.of("admin", "Caseworker", "r35", "r35161", "3516", "default-roles-slrt")));

        assertThat(principal.groupIds()).isEmpty();
        assertThat(principal.tenantIds()).isEmpty();
    }

    @Test
    void otherClaimNamesAreConfigurable() {
        properties.setUsernameClaim("email");
        properties.setGroupsClaim("roles");
        properties.setRegencyClaim("kabupaten");

        SlrtPrincipal principal = mapper.principal(Map.of("email", "rina@dinsos.example", "preferred_username", "rina",
                "roles", "front-office,analyst", "kabupaten", "3203", "groups", List.of("supervisor")));

        assertThat(principal.userId()).isEqualTo("rina@dinsos.example");
        assertThat(principal.groupIds()).containsExactly("analyst", "front-office");
        assertThat(principal.tenantIds()).containsExactly("r3203");
    }

    @Test
    void theSubjectStandsInForAMissingUserName() {
        assertThat(mapper.principal(Map.of("sub", "service-7", "groups", List.of("caseworker"))).userId())
                .isEqualTo("service-7");
    }

    @Test
    void aTokenWithoutAUsableUserIsRefused() {
        assertThatThrownBy(() -> mapper.principal(Map.of("groups", List.of("caseworker"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nama pengguna");
        assertThatThrownBy(() -> mapper.principal(Map.of("preferred_username", "dewi\u0000admin")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mapper.principal(Map.of("preferred_username", "x".repeat(129))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
