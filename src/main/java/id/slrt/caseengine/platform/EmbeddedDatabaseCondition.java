package id.slrt.caseengine.platform;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * True when no external database is configured ({@code SPRING_DATASOURCE_URL} / {@code spring.datasource.url}
 * unset or empty): the app then runs on its embedded PostgreSQL and creates the demo users.
 */
public class EmbeddedDatabaseCondition implements Condition {

    public static boolean isEmbedded(org.springframework.core.env.Environment environment) {
        return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isEmbedded(context.getEnvironment());
    }
}
