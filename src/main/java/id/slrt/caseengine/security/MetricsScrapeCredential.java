package id.slrt.caseengine.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Prometheus's own credential for {@code /actuator/prometheus} ({@code slrt.security.metrics-scrape}): a machine's
 * secret in the scrape configuration instead of a supervisor's password, which would open cases too. It grants
 * {@link #AUTHORITY} only, and only the metrics chain accepts it. Other names fall through to the identity service.
 */
public class MetricsScrapeCredential implements AuthenticationProvider {

    public static final String AUTHORITY = "metrics-scraper";
    private static final Logger log = LoggerFactory.getLogger(MetricsScrapeCredential.class);

    private final String username;
    private final byte[] password;

    public MetricsScrapeCredential(SecurityProperties.MetricsScrape config) {
        this.username = config.getUsername() == null ? "" : config.getUsername().strip();
        String secret = config.getPassword() == null ? "" : config.getPassword();
        if (!secret.isEmpty() && secret.length() < 16) {
            throw new IllegalStateException("SLRT_METRICS_PASSWORD (slrt.security.metrics-scrape.password) must have "
                    + "at least 16 characters");
        }
        this.password = secret.getBytes(StandardCharsets.UTF_8);
        if (secret.isEmpty()) {
            log.info("No metrics scrape credential (SLRT_METRICS_PASSWORD): /actuator/prometheus for supervisors and "
                    + "administrators only");
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (password.length == 0 || username.isEmpty() || !username.equals(authentication.getName())) {
            return null;
        }
        Object given = authentication.getCredentials();
        byte[] bytes = given == null ? new byte[0] : given.toString().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(bytes, password)) {
            throw new BadCredentialsException("Nama pengguna atau kata sandi salah");
        }
        return UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority(AUTHORITY)));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
