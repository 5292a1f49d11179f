package id.slrt.caseengine.step;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The contract of a generic step bean that diagrams use through {@code camunda:delegateExpression}: the input
 * parameters a diagram must set, the optional ones, and the process variables the step produces. The
 * deploy-time check refuses a diagram that uses a bean without this annotation or omits a required input.
 * Read from the bean's class, so checking a deployment never instantiates beans.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface GenericStep {

    String[] requires() default {};

    String[] accepts() default {};

    String[] produces() default {};

    /**
     * Inputs that name a process variable holding personal data the step moves into the case file, as
     * {@code input=defaultVariable}: the engine's history never keeps such a variable's value.
     */
    String[] personalData() default {};
}
