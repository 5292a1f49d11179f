package id.slrt.caseengine.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The annotated process test class must, over all its tests, enter every flow node and take every sequence
 * flow of the named diagrams; otherwise it fails listing what was never reached.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PathCoverageExtension.class)
public @interface CoversEveryPath {

    /** Process definition keys. */
    String[] value();
}
