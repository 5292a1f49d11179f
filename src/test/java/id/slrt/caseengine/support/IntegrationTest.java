package id.slrt.caseengine.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a fresh embedded PostgreSQL, with a random HTTP port and the job executor off.
 * Every integration test uses exactly this configuration so Spring shares one context (one database, one
 * engine) across the suite.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ProcessEngineCoverageConfiguration.class, PathCoverageRecorder.class})
public @interface IntegrationTest {
}
