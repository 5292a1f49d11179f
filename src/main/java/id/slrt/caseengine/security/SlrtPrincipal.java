package id.slrt.caseengine.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.List;

/**
 * An authenticated staff member with the Camunda groups and tenants the engine knows them by. Serializable: after a
 * single sign-on login it lives in the HTTP session.
 */
public record SlrtPrincipal(String userId, List<String> groupIds, List<String> tenantIds)
        implements Principal, Serializable {

    @Override
    public String getName() {
        return userId;
    }

    public boolean inGroup(String group) {
        return groupIds.contains(group);
    }
}
