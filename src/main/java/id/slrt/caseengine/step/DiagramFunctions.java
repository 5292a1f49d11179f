package id.slrt.caseengine.step;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean whose public methods diagrams may call in expressions, for example {@code ${sla.due(execution,
 * 'TRIAGE')}} or {@code ${dates.longDate(resolutionDue)}}. Only the methods the bean's own class declares are
 * callable; no other bean, and no method of any other object, is reachable from a diagram (see
 * the deployment sandbox, {@code deployment.DiagramSandbox}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface DiagramFunctions {
}
