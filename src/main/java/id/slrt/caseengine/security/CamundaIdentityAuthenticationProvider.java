package id.slrt.caseengine.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic credentials checked against the Camunda identity service, the same users and groups Tasklist
 * uses. Failed attempts count towards {@link LoginThrottle} (per user and client address); Camunda also delays a
 * user's next check after failures and locks the user after too many (loginMaxAttempts).
 *
 * <p>An API client sends its credentials with every request; a successful check is remembered for
 * {@code slrt.security.credential-cache} (default 30 s, 0 to turn off) under a hash of user and password, so a
 * burst of requests does not query the identity tables each time. A changed password or group takes effect
 * after that time at the latest. Failures are never remembered.
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private record Remembered(SlrtPrincipal principal, long until) {
    }

    private static final int MAX_REMEMBERED = 10_000;

    private final IdentityService identity;
    private final long rememberMillis;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    private final LoginThrottle throttle;

    public CamundaIdentityAuthenticationProvider(IdentityService identity,
                                                 SecurityProperties properties, LoginThrottle throttle) {
        this.identity = identity;
        this.throttle = throttle;
        this.rememberMillis = properties.getSecurity().getCredentialCache().toMillis();
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (user == null || user.isBlank() || credentials == null) {
            throw new BadCredentialsException("Nama pengguna atau kata sandi salah");
        }
        String client = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        throttle.check(user, client);
        String key = fingerprint(user, credentials.toString());
        long now = System.currentTimeMillis();
        Remembered known = remembered.get(key);
        if (known != null && known.until() > now) {
            return authenticated(known.principal());
        }
        if (!identity.checkPassword(user, credentials.toString())) {
            throttle.failed(user, client);
            throw new BadCredentialsException("Nama pengguna atau kata sandi salah");
        }
        throttle.succeeded(user, client);
        SlrtPrincipal principal = principalFor(user);
        if (rememberMillis > 0) {
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
            remembered.put(key, new Remembered(principal, now + rememberMillis));
        }
        return authenticated(principal);
    }

    private static String fingerprint(String user, String password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((user + "\u0000" + password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
