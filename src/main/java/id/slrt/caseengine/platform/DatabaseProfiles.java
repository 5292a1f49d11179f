package id.slrt.caseengine.platform;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * The database is chosen by a profile an administrator sees in the first log lines ("The following profiles are
 * active"): {@code embedded} (the embedded PostgreSQL and demo users) or {@code production} (an external PostgreSQL at
 * {@code SPRING_DATASOURCE_URL}; application-production.yml). With neither given, the one that matches the
 * configuration is added, so {@code mvn spring-boot:run} with no arguments is {@code embedded} and a run with only a
 * datasource URL (as before the profiles) is {@code production}. Runs before the configuration files are read, so the
 * chosen profile's file applies.
 */
public class DatabaseProfiles implements EnvironmentPostProcessor, Ordered {

    public static final String EMBEDDED = "embedded";
    public static final String PRODUCTION = "production";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        List<String> active = Arrays.asList(environment.getActiveProfiles());
        boolean url = StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        if (active.contains(EMBEDDED) && active.contains(PRODUCTION)) {
            throw new IllegalStateException("Profiles 'embedded' and 'production' exclude each other: choose one");
        }
        if (active.contains(PRODUCTION) && !url) {
            throw new IllegalStateException("Profile 'production' needs the external database: set SPRING_DATASOURCE_URL "
                    + "(and SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD); docs/configuration.md");
        }
        if (!active.contains(EMBEDDED) && !active.contains(PRODUCTION)) {
            environment.addActiveProfile(url ? PRODUCTION : EMBEDDED);
        }
    }

    @Override
    public int getOrder() {
        // Before ConfigDataEnvironmentPostProcessor (HIGHEST_PRECEDENCE + 10) reads application-<profile>.yml.
        return Ordered.HIGHEST_PRECEDENCE + 5;
    }
}
