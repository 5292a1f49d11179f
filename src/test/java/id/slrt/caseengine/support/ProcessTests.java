package id.slrt.caseengine.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Moving the engine clock in process tests, firing what came due, and starting from the Tasklist start form. */
public final class ProcessTests {

    private ProcessTests() {
    }

    /** Sets the engine clock (reset it with {@code ClockUtil.reset()} after the test). */
    public static void at(OffsetDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.toInstant()));
    }

    /** What the front office does in Tasklist: submits the start form of the latest version of a process. */
    public static ProcessInstance submitStartForm(ProcessEngine engine, String processKey, Map<String, Object> form) {
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult().getId();
        return engine.getFormService().submitStartForm(definitionId, form);
    }

    /** Executes every timer of the instance that is due at the engine's current time; there must be one. */
    public static void fireDueTimers(ProcessEngine engine, ProcessInstance instance) {
        List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .timers().executable().list();
        assertThat(due).as("timers due now").isNotEmpty();
        due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
}
