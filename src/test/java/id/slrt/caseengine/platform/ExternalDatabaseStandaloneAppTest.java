package id.slrt.caseengine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.caseengine.SlrtCaseEngineApplication;
import id.slrt.caseengine.security.DemoUsers;
import id.slrt.caseengine.system.Groups;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With SPRING_DATASOURCE_URL set the app uses that PostgreSQL, starts no embedded one, creates no demo users,
 * and creates the first administrator from SLRT_ADMIN_USER / SLRT_ADMIN_PASSWORD.
 */
class ExternalDatabaseStandaloneAppTest {

    @TempDir
    Path dataDir;

    static java.util.List<String> topicsInDiagrams() throws java.io.IOException {
        java.util.Set<String> topics = new java.util.TreeSet<>();
        try (var files = java.nio.file.Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("camunda:topic=\"([^\"]+)\"")
                        .matcher(java.nio.file.Files.readString(file));
                while (m.find()) {
                    topics.add(m.group(1));
                }
            }
        }
        return java.util.List.copyOf(topics);
    }

    @Test
    void anExternalDatabaseGetsNoDemoUsersAndTheAdministratorFromTheEnvironment() throws Exception {
        try (EmbeddedPostgresServer external = EmbeddedPostgresServer.start(dataDir.resolve("external"), 0, true, Map.of())) {
            external.createDatabaseIfMissing("office");
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SlrtCaseEngineApplication.class).run(
                    "--server.port=0",
                    "--spring.datasource.url=" + external.jdbcUrl("office"),
                    "--spring.datasource.username=" + external.user(),
                    "--slrt.admin.user=kadis",
                    "--slrt.admin.password=Panjang-Sekali-123",
                    // Required outside the embedded default: without a key the app refuses to start.
                    "--slrt.encryption.keys=k2026:" + java.util.Base64.getEncoder().encodeToString(new byte[32]),
                    // The office's own agency workers serve these topics (there are no stand-ins here).
                    "--slrt.deployment.external-topics=" + String.join(",", topicsInDiagrams()),
                    "--camunda.bpm.job-execution.enabled=false")) {
                IdentityService identity = app.getBean(IdentityService.class);
                assertThat(app.getEnvironment().getActiveProfiles()).as("chosen by the datasource URL").contains("production");
                assertThat(app.getBeanNamesForType(EmbeddedPostgresServer.class)).isEmpty();
                assertThat(app.getBeanNamesForType(DemoUsers.class)).isEmpty();
                assertThat(identity.createUserQuery().userId("peksos").count()).isZero();
                assertThat(identity.createUserQuery().count()).as("no user but the administrator").isEqualTo(1);
                assertThat(app.getEnvironment().getProperty("server.servlet.session.cookie.secure"))
                        .as("session cookies over HTTPS only").isEqualTo("true");
                assertThat(app.getEnvironment().getProperty("camunda.bpm.webapp.csrf.enable-secure-cookie")).isEqualTo("true");
                assertThat(identity.checkPassword("kadis", "Panjang-Sekali-123")).isTrue();
                assertThat(identity.createUserQuery().userId("kadis").memberOfGroup(Groups.ADMIN).count()).isEqualTo(1);
                assertThat(identity.createGroupQuery().groupIdIn(Groups.ALL.toArray(String[]::new)).count())
                        .isEqualTo(Groups.ALL.size());
            }
        }
    }
}
