package id.slrt.caseengine.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class SecureCookieDefaultsTest {

    @Test
    void cookiesAreSecureOutsideTheEmbeddedDefaultUnlessConfiguredOtherwise() {
        assertThat(secure(Map.of())).as("embedded default").isEqualTo("false");
        assertThat(secure(Map.of("spring.datasource.url", "jdbc:postgresql://db/slrt"))).isEqualTo("true");
        assertThat(secure(Map.of("spring.datasource.url", "jdbc:postgresql://db/slrt",
                SecureCookieDefaults.PROPERTY, "false"))).isEqualTo("false");
        assertThat(secure(Map.of(SecureCookieDefaults.PROPERTY, "true"))).isEqualTo("true");
        assertThat(secure(Map.of("spring.datasource.url", "jdbc:postgresql://db/slrt",
                "server.servlet.session.cookie.secure", "false"))).as("an explicit property wins").isEqualTo("false");
    }

    private static String secure(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        new SecureCookieDefaults().postProcessEnvironment(environment, null);
        String session = environment.getProperty("server.servlet.session.cookie.secure");
        if (!properties.containsKey("server.servlet.session.cookie.secure")) {
            for (String property : SecureCookieDefaults.COOKIE_PROPERTIES) {
                assertThat(environment.getProperty(property)).as(property).isEqualTo(session);
            }
        }
        return session;
    }
}
