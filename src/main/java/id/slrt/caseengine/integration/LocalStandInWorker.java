package id.slrt.caseengine.integration;

import java.util.List;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of the local stand-ins for agency systems that have no real counterpart on the embedded default
 * (Disdukcapil, DTSEN, SIKS-NG, BPJS). A stand-in serves one Camunda external-task topic with the same
 * contract a real worker would have (documented in docs/integrations.md), answering from demo data in the
 * project's own tables. Stand-ins exist only on the embedded default; a deployment plugs its real workers into
 * {@code /engine-rest} instead and lists their topics in {@code slrt.deployment.external-topics}.
 *
 * <p>{@link #pollOnce()} fetches and answers what is waiting; {@link StandInScheduler} calls it in the running
 * app, tests call it directly.
 */
public abstract class LocalStandInWorker {

    private static final Logger log = LoggerFactory.getLogger(LocalStandInWorker.class);
    private static final long LOCK_MILLIS = 60_000;
    private static final long RETRY_MILLIS = 30_000;

    private final ExternalTaskService externalTasks;
    private final String topic;
    private final String workerId;

    protected LocalStandInWorker(ExternalTaskService externalTasks, String topic) {
        this.externalTasks = externalTasks;
        this.topic = topic;
        this.workerId = "local-stand-in:" + topic;
    }

    public String topic() {
        return topic;
    }

    /** Answers every task of this topic that is waiting now; returns how many were handled. */
    public int pollOnce() {
        List<LockedExternalTask> tasks = externalTasks.fetchAndLock(20, workerId)
                .topic(topic, LOCK_MILLIS).enableCustomObjectDeserialization().execute();
        for (LockedExternalTask task : tasks) {
            answer(task);
        }
        return tasks.size();
    }

    /** The stand-in's answer to one task, from the task's variables and the project's demo data. */
    protected abstract StandInOutcome handle(LockedExternalTask task);

    private void answer(LockedExternalTask task) {
        try {
            StandInOutcome outcome = handle(task);
            if (outcome instanceof StandInOutcome.Complete complete) {
                externalTasks.complete(task.getId(), workerId, complete.variables());
            } else if (outcome instanceof StandInOutcome.BpmnError error) {
                externalTasks.handleBpmnError(task.getId(), workerId, error.errorCode(), error.message(),
                        error.variables());
            }
        } catch (RuntimeException e) {
            // A fresh task has no retry count yet: three attempts in all.
            int retries = task.getRetries() == null ? 2 : task.getRetries() - 1;
            log.warn("Stand-in for {} failed on task {} ({} retries left): {}", topic, task.getId(), retries,
                    e.getMessage());
            externalTasks.handleFailure(task.getId(), workerId, e.getMessage(), e.toString(), Math.max(retries, 0),
                    RETRY_MILLIS);
        }
    }
}
