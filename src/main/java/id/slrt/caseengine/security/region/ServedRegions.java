package id.slrt.caseengine.security.region;

import id.slrt.caseengine.identity.RegionDirectory;
import id.slrt.caseengine.platform.EmbeddedDatabaseCondition;
import id.slrt.caseengine.security.SecurityProperties;
import id.slrt.caseengine.security.SlrtPrincipal;
import jakarta.annotation.PostConstruct;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.DependsOn;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The regencies this deployment serves ({@code slrt.regions.served}: one regency for a district office, up to
 * 38 for a province; empty means every regency, but the five demo regencies on the embedded default). Their tenants are created at start-up; an administrator gives
 * users access by making them members of a regency's tenant in Camunda Admin.
 */
@Component
@DependsOn("accessModelInitializer")
public class ServedRegions {

    private static final Logger log = LoggerFactory.getLogger(ServedRegions.class);

    private final IdentityService identity;
    private final RegionDirectory regions;
    private final List<String> served;

    /**
     * The demo regencies of the embedded default, those of the source articles: Kabupaten Mojokerto (seed 000),
     * Kabupaten Batang (001), Kabupaten Cianjur (002), Kota Medan (003) and Kota Surabaya (004, Dinsos Jatim).
     */
    public static final List<String> DEMO_REGIONS = List.of("3516", "3325", "3203", "1275", "3578");

    public ServedRegions(IdentityService identity, RegionDirectory regions, Environment environment,
                         SecurityProperties properties) {
        this.identity = identity;
        this.regions = regions;
        List<String> configured = properties.getRegions().getServed().stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        if (configured.isEmpty() && EmbeddedDatabaseCondition.isEmbedded(environment)) {
            configured = DEMO_REGIONS;
        }
        if (configured.isEmpty()) {
            log.warn("slrt.regions.served is empty: cases of every regency are accepted; create a tenant r<regency> "
                    + "in Camunda Admin for each regency whose staff should see its cases");
        }
        this.served = configured;
    }

    @PostConstruct
    public void createTenants() {
        for (String regency : served) {
            if (!regions.isRegency(regency)) {
                throw new IllegalStateException("slrt.regions.served lists " + regency
                        + ", which is not a regency code of Kepmendagri 2025");
            }
            String tenantId = RegionTenants.tenantOf(regency);
            if (identity.createTenantQuery().tenantId(tenantId).count() == 0) {
                Tenant tenant = identity.newTenant(tenantId);
                tenant.setName(regions.nameOf(regency));
                identity.saveTenant(tenant);
                log.info("Created tenant {} for regency {}", tenantId, regency);
            }
        }
    }

    /** Whether this deployment registers cases of the regency. */
    public boolean serves(String regency) {
        return served.isEmpty() || served.contains(regency);
    }

    public List<String> served() {
        return served;
    }

    /** Whether a staff member may see and work a case of the regency. */
    public static boolean mayAccess(SlrtPrincipal principal, String regency) {
        return principal.inGroup(id.slrt.caseengine.system.Groups.ADMIN)
                || RegionTenants.regenciesOf(principal.tenantIds()).contains(regency);
    }

    public static Set<String> regenciesOf(SlrtPrincipal principal) {
        return RegionTenants.regenciesOf(principal.tenantIds());
    }
}
