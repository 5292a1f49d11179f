package id.slrt.caseengine.security;

import id.slrt.caseengine.platform.EmbeddedDatabaseCondition;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Session and CSRF cookies are {@code Secure} (sent over HTTPS only) outside the embedded default, and not on
 * it (a developer's {@code http://localhost}). {@code SLRT_SECURE_COOKIES} ({@code slrt.security.secure-cookies})
 * overrides the default, and each underlying property set explicitly wins over both. The defaults are added last,
 * so any configured value takes precedence.
 */
public class SecureCookieDefaults implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY = "slrt.security.secure-cookies";
    static final String[] COOKIE_PROPERTIES = {
            // JSESSIONID, wherever the session starts (Camunda login, a staff page's CSRF token).
            "server.servlet.session.cookie.secure",
            // Camunda's XSRF-TOKEN cookie.
            "camunda.bpm.webapp.csrf.enable-secure-cookie"};

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty(PROPERTY);
        boolean secure = configured == null || configured.isBlank()
                ? !EmbeddedDatabaseCondition.isEmbedded(environment) : Boolean.parseBoolean(configured.strip());
        Map<String, Object> defaults = new HashMap<>();
        for (String property : COOKIE_PROPERTIES) {
            defaults.put(property, String.valueOf(secure));
        }
        environment.getPropertySources().addLast(new MapPropertySource("slrtSecureCookieDefaults", defaults));
    }

    @Override
    public int getOrder() {
        // After the application's configuration files and the environment are loaded.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
