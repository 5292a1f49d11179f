package id.slrt.caseengine.platform;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * True on the profile {@code embedded} (see {@link DatabaseProfiles}, which adds it when no external database is
 * configured): the app then runs on its embedded PostgreSQL and creates the demo users. Without either profile (an
 * environment no application prepared, as in unit tests) an unset {@code spring.datasource.url} decides.
 */
public class EmbeddedDatabaseCondition implements Condition {

    public static boolean isEmbedded(org.springframework.core.env.Environment environment) {
        if (environment.matchesProfiles(DatabaseProfiles.PRODUCTION)) {
            return false;
        }
        if (environment.matchesProfiles(DatabaseProfiles.EMBEDDED)) {
            return true;
        }
        return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isEmbedded(context.getEnvironment());
    }
}
