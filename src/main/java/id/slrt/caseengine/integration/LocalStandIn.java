package id.slrt.caseengine.integration;

import id.slrt.caseengine.platform.EmbeddedDatabaseCondition;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * Marks a local stand-in worker bean: it exists only on the embedded default, never against an external
 * (production) database, where real workers serve the topic.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(EmbeddedDatabaseCondition.class)
public @interface LocalStandIn {
}
