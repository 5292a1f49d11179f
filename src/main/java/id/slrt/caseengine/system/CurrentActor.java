package id.slrt.caseengine.system;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is acting right now: the API user, the Tasklist user, or {@code system} for the job executor. */
@Component
public class CurrentActor {

    public static final String SYSTEM = "system";

    private final ObjectProvider<IdentityService> identityService;

    public CurrentActor(ObjectProvider<IdentityService> identityService) {
        this.identityService = identityService;
    }

    public String name() {
        Authentication spring = SecurityContextHolder.getContext().getAuthentication();
        if (spring != null && spring.isAuthenticated() && !(spring instanceof AnonymousAuthenticationToken)) {
            return spring.getName();
        }
        IdentityService identity = identityService.getIfAvailable();
        if (identity != null) {
            var engine = identity.getCurrentAuthentication();
            if (engine != null && engine.getUserId() != null) {
                return engine.getUserId();
            }
        }
        return SYSTEM;
    }
}
