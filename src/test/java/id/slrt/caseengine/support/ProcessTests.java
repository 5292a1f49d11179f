package id.slrt.caseengine.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Moving the engine clock in process tests, and firing what came due. */
public final class ProcessTests {

    private ProcessTests() {
    }

    /** Sets the engine clock (reset it with {@code ClockUtil.reset()} after the test). */
    public static void at(OffsetDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.toInstant()));
    }

    /** Executes every timer of the instance that is due at the engine's current time; there must be one. */
    public static void fireDueTimers(ProcessEngine engine, ProcessInstance instance) {
        List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .timers().executable().list();
        assertThat(due).as("timers due now").isNotEmpty();
        due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
}
