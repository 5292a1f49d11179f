package id.slrt.caseengine.security;

import id.slrt.caseengine.platform.EmbeddedDatabaseCondition;
import id.slrt.caseengine.security.region.RegionTenants;
import id.slrt.caseengine.security.region.ServedRegions;
import id.slrt.caseengine.system.Groups;
import jakarta.annotation.PostConstruct;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * One demo user per group, password {@code demo}, created only on the embedded default database.
 * A deployment on an external PostgreSQL never gets them.
 */
@Component
@Conditional(EmbeddedDatabaseCondition.class)
@DependsOn({"accessModelInitializer", "servedRegions"})
public class DemoUsers {

    public static final String PASSWORD = "demo";
    /** Kota Surabaya: served by the demo deployment, but none of the demo users works there. */
    public static final String OTHER_OFFICE_REGENCY = "3578";

    record Demo(String id, String firstName, String lastName, String group) {
    }

    static final List<Demo> USERS = List.of(
            new Demo("admin", "Admin", "Sistem", Groups.ADMIN),
            new Demo("operator", "Operator", "Front Office", Groups.FRONT_OFFICE),
            new Demo("peksos", "Pekerja", "Sosial", Groups.CASEWORKER),
            new Demo("supervisor", "Kepala", "Bidang", Groups.SUPERVISOR),
            new Demo("analis", "Analis", "Proses", Groups.ANALYST),
            new Demo("opd", "Penghubung", "OPD", Groups.OPD_LIAISON));

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final IdentityService identity;
    private final ServedRegions servedRegions;
    private final ProcessEngineConfigurationImpl configuration;

    public DemoUsers(IdentityService identity, ServedRegions servedRegions, ProcessEngine engine) {
        this.identity = identity;
        this.servedRegions = servedRegions;
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    @PostConstruct
    public void create() {
        // The published demo password does not meet the password policy; it is waived for these users only, at start,
        // before the web server takes requests.
        boolean policy = configuration.isEnablePasswordPolicy();
        configuration.setEnablePasswordPolicy(false);
        try {
            createUsers();
        } finally {
            configuration.setEnablePasswordPolicy(policy);
        }
    }

    private void createUsers() {
        for (Demo demo : USERS) {
            if (identity.createUserQuery().userId(demo.id()).count() > 0) {
                continue;
            }
            User user = identity.newUser(demo.id());
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setEmail(demo.id() + "@demo.slrt.invalid");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(demo.id(), demo.group());
            // Demo staff work every served regency (by default the demo regencies) except Kota Surabaya, which
            // shows what another office's cases look like to them: nothing.
            for (String regency : servedRegions.served()) {
                if (!regency.equals(OTHER_OFFICE_REGENCY)) {
                    identity.createTenantUserMembership(RegionTenants.tenantOf(regency), demo.id());
                }
            }
            log.info("Created demo user {} in group {}", demo.id(), demo.group());
        }
    }
}
