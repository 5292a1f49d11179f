package id.slrt.caseengine.platform;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs an engine call of the application's own (reading which decision version is deployed, say) without the
 * authorizations of the user the request is for, then gives the user back. For reads the application makes on
 * its own behalf only, never for what it does or shows for the user.
 */
public final class AsSystem {

    private AsSystem() {
    }

    public static <T> T call(IdentityService identity, Supplier<T> call) {
        Authentication caller = identity.getCurrentAuthentication();
        if (caller == null) {
            return call.get();
        }
        identity.clearAuthentication();
        try {
            return call.get();
        } finally {
            identity.setAuthentication(caller);
        }
    }
}
