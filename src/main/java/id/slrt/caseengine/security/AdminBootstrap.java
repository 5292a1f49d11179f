package id.slrt.caseengine.security;

import id.slrt.caseengine.system.Groups;
import jakarta.annotation.PostConstruct;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * The first administrator of a deployment on an external database, from {@code SLRT_ADMIN_USER} and
 * {@code SLRT_ADMIN_PASSWORD}. Created once; later changes are made in Camunda Admin.
 */
@Component
@DependsOn("accessModelInitializer")
public class AdminBootstrap {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final IdentityService identity;
    private final String userId;
    private final String password;

    public AdminBootstrap(IdentityService identity, SecurityProperties properties) {
        this.identity = identity;
        this.userId = properties.getAdmin().getUser();
        this.password = properties.getAdmin().getPassword();
    }

    @PostConstruct
    public void createFirstAdministrator() {
        if (userId == null || userId.isBlank()) {
            return;
        }
        if (password == null || password.length() < 12) {
            throw new IllegalStateException("SLRT_ADMIN_PASSWORD must be set and at least 12 characters long");
        }
        if (identity.createUserQuery().userId(userId).count() > 0) {
            return;
        }
        User user = identity.newUser(userId);
        user.setFirstName("Administrator");
        user.setLastName("SLRT");
        user.setPassword(password);
        try {
            identity.saveUser(user);
        } catch (org.camunda.bpm.engine.ProcessEngineException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not match policy")) {
                throw new IllegalStateException("SLRT_ADMIN_PASSWORD does not meet the password policy: 10+ characters "
                        + "with upper and lower case letters, a digit and a special character, not the user name", e);
            }
            throw e;
        }
        identity.createMembership(userId, Groups.ADMIN);
        log.info("Created the first administrator '{}'", userId);
    }
}
