package id.slrt.caseengine.integration;

import id.slrt.caseengine.step.ServesTopic;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.springframework.stereotype.Component;

/**
 * A stand-in that exists only in the tests, to exercise {@link LocalStandInWorker} itself: it answers the
 * variable {@code echo} with {@code echoed}, raises the BPMN error {@code ECHO_REFUSED} for "refuse", and fails
 * for "crash".
 */
@Component
@LocalStandIn
@ServesTopic(value = "test-echo", produces = "echoed")
public class EchoStandIn extends LocalStandInWorker {

    public EchoStandIn(ExternalTaskService externalTasks) {
        super(externalTasks, "test-echo");
    }

    @Override
    protected StandInOutcome handle(LockedExternalTask task) {
        String echo = String.valueOf(task.getVariables().get("echo"));
        return switch (echo) {
            case "refuse" -> StandInOutcome.error("ECHO_REFUSED", "Permintaan ditolak");
            case "crash" -> throw new IllegalStateException("agency system unavailable");
            default -> StandInOutcome.complete(Map.of("echoed", echo.toUpperCase()));
        };
    }
}
