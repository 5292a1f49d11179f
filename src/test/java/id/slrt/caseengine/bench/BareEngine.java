package id.slrt.caseengine.bench;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.springframework.core.io.ClassPathResource;

/**
 * A plain Camunda engine with no project code (no delegates, plugins or listeners), on its own database of the
 * same PostgreSQL server, running the complaint diagram with every project step replaced by a no-op
 * expression: the ceiling the project's intake and completion rates are measured against.
 */
final class BareEngine {

    private BareEngine() {
    }

    static ProcessEngine start(String jdbcUrl, String user) {
        ProcessEngineConfiguration configuration = ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration()
                .setProcessEngineName("bare-benchmark")
                .setJdbcUrl(jdbcUrl)
                .setJdbcUsername(user)
                .setJdbcPassword("")
                .setJdbcDriver("org.postgresql.Driver")
                .setJdbcMaxActiveConnections(20)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_AUDIT)
                .setAuthorizationEnabled(true)
                .setJobExecutorActivate(false);
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("bare-complaint")
                .addString("complaint-handling.bpmn", strippedComplaintDiagram()).deploy();
        return engine;
    }

    /** complaint-handling.bpmn with project steps as no-op expressions and a fixed due date. */
    static String strippedComplaintDiagram() {
        try {
            String xml = new String(new ClassPathResource("bpmn/complaint-handling.bpmn").getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8);
            return xml.replaceAll("camunda:delegateExpression=\"\\$\\{[A-Za-z]+}\"", "camunda:expression=\"\\${true}\"")
                    .replaceAll("camunda:dueDate=\"\\$\\{sla\\.due\\(execution, '[A-Z_]+'\\)}\"", "camunda:dueDate=\"P3D\"")
                    .replaceAll("\\$\\{(sla|dates)\\.[^}]*}", "2030-01-01T00:00:00");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
