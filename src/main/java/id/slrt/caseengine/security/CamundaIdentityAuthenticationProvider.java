package id.slrt.caseengine.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic credentials checked against the Camunda identity service, the same users and groups Tasklist
 * uses. Camunda counts failed attempts and locks the user after too many (loginMaxAttempts).
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identity;

    public CamundaIdentityAuthenticationProvider(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (user == null || user.isBlank() || credentials == null
                || !identity.checkPassword(user, credentials.toString())) {
            throw new BadCredentialsException("Nama pengguna atau kata sandi salah");
        }
        return authenticated(principalFor(user));
    }

    public SlrtPrincipal principalFor(String user) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
        return new SlrtPrincipal(user, groups, tenants);
    }

    public static UsernamePasswordAuthenticationToken authenticated(SlrtPrincipal principal) {
        return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.groupIds().stream().map(SimpleGrantedAuthority::new).toList());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
