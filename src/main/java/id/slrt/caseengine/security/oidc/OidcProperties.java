package id.slrt.caseengine.security.oidc;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code slrt.security.oidc.*}: single sign-on against the office's or province's identity provider. Off by default;
 * the provider itself is the standard {@code spring.security.oauth2.client.registration.<registration-id>} /
 * {@code provider} and {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (profile {@code oidc} sets all
 * of them from environment variables, see application-oidc.yml).
 */
@ConfigurationProperties("slrt.security.oidc")
public class OidcProperties {

    /** Browser login through the identity provider and bearer tokens on the APIs instead of passwords. */
    private boolean enabled;

    /** The {@code spring.security.oauth2.client.registration} entry to log in with. */
    private String registrationId = "slrt";

    /** Claim holding the user id the engine knows the user by (assignee, candidate, audit trail). */
    private String usernameClaim = "preferred_username";

    /** Claim holding the user's groups (a list, or a string with commas); Keycloak paths ("/caseworker") are cut to their last part. */
    private String groupsClaim = "groups";

    /** Claim holding the regency codes ("3516") or tenant ids ("r3516") the user works in. */
    private String regencyClaim = "regency";

    /**
     * The identity provider's group names that differ from the project's: IdP group to project group (a role such
     * as {@code caseworker}, or a regency tenant such as {@code r3516}). Groups equal to a project group or of the
     * form {@code r<regency>} need no entry; any other group is ignored.
     */
    private Map<String, String> groupMapping = new LinkedHashMap<>();

    /** Where the identity provider sends the browser after logout; {@code {baseUrl}} is this app's address. */
    private String postLogoutRedirectUri = "{baseUrl}/camunda/app/tasklist/";

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getRegistrationId() {
        return registrationId;
    }

    public void setRegistrationId(String registrationId) {
        this.registrationId = registrationId;
    }

    public String getUsernameClaim() {
        return usernameClaim;
    }

    public void setUsernameClaim(String usernameClaim) {
        this.usernameClaim = usernameClaim;
    }

    public String getGroupsClaim() {
        return groupsClaim;
    }

    public void setGroupsClaim(String groupsClaim) {
        this.groupsClaim = groupsClaim;
    }

    public String getRegencyClaim() {
        return regencyClaim;
    }

    public void setRegencyClaim(String regencyClaim) {
        this.regencyClaim = regencyClaim;
    }

    public Map<String, String> getGroupMapping() {
        return groupMapping;
    }

    public void setGroupMapping(Map<String, String> groupMapping) {
        this.groupMapping = groupMapping;
    }

    public String getPostLogoutRedirectUri() {
        return postLogoutRedirectUri;
    }

    public void setPostLogoutRedirectUri(String postLogoutRedirectUri) {
        this.postLogoutRedirectUri = postLogoutRedirectUri;
    }
}
