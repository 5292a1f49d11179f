package id.slrt.caseengine.step;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean that serves a Camunda external-task topic (a local stand-in worker), with the process variables
 * it sets. Deployments that plug in their own workers list the topics in {@code slrt.deployment.external-topics}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repeatable(ServesTopic.List.class)
public @interface ServesTopic {

    String value();

    String[] produces() default {};

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @interface List {
        ServesTopic[] value();
    }
}
