package id.slrt.caseengine.security.oidc;

import id.slrt.caseengine.security.SlrtPrincipal;
import java.io.Serial;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A browser session's staff member after an OpenID Connect login: the {@link SlrtPrincipal} the rest of the app
 * checks ({@code @PreAuthorize} authorities are the groups, region scoping the tenants), plus the ID token for the
 * identity provider's logout ({@code id_token_hint}). The ID token is never a credential here.
 */
public final class OidcStaffAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final SlrtPrincipal principal;
    private final String idToken;
    private final String registrationId;

    public OidcStaffAuthentication(SlrtPrincipal principal, String idToken, String registrationId) {
        super(principal.groupIds().stream().map(SimpleGrantedAuthority::new).toList());
        this.principal = principal;
        this.idToken = idToken;
        this.registrationId = registrationId;
        setAuthenticated(true);
    }

    @Override
    public SlrtPrincipal getPrincipal() {
        return principal;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    public String idToken() {
        return idToken;
    }

    public String registrationId() {
        return registrationId;
    }
}
