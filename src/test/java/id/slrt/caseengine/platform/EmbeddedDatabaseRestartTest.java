package id.slrt.caseengine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.caseengine.SlrtCaseEngineApplication;
import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default keeps its data directory: a case registered before a restart is there after it. */
class EmbeddedDatabaseRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aCaseSurvivesARestartOfTheApplication() {
        String number;
        try (ConfigurableApplicationContext first = start()) {
            number = first.getBean(IntakeService.class).open(new CaseIntakeRequest("COMPLAINT", Channel.PHONE, "3516",
                    new CaseIntakeRequest.Subject(null, null, "Pak Darmo", null, null, null),
                    new CaseIntakeRequest.Reporter("Pak Darmo", "081234500009"), "Rumah rusak terkena angin"),
                    "operator").registrationNumber();
        }
        assertThat(Files.exists(dataDir.resolve("pg/postgresql.conf"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(CaseFileRepository.class).findByRegistrationNumber(number)).isPresent();
            assertThat(second.getBean(TaskService.class).createTaskQuery().processInstanceBusinessKey(number).count())
                    .isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SlrtCaseEngineApplication.class).run(
                "--server.port=0",
                "--slrt.embedded-db.data-dir=" + dataDir.resolve("pg"),
                "--slrt.embedded-db.clean=false",
                "--camunda.bpm.job-execution.enabled=false");
    }
}
