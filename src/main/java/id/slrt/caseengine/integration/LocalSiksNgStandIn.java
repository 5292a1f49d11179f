package id.slrt.caseengine.integration;

import id.slrt.caseengine.step.ServesTopic;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Local stand-in for the PBI-JK proposal to the Ministry of Social Affairs through SIKS-NG (topic
 * {@code siksng-pbi-submission}): accepts the proposal and gives a submission number.
 */
@Component
@LocalStandIn
@ServesTopic(value = LocalSiksNgStandIn.TOPIC, produces = "siksNgSubmissionId")
public class LocalSiksNgStandIn extends LocalStandInWorker {

    public static final String TOPIC = "siksng-pbi-submission";

    public LocalSiksNgStandIn(ExternalTaskService externalTasks) {
        super(externalTasks, TOPIC);
    }

    @Override
    protected StandInOutcome handle(LockedExternalTask task) {
        String day = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), java.time.ZoneOffset.UTC)
                .format(DateTimeFormatter.BASIC_ISO_DATE);
        return StandInOutcome.complete(Map.of("siksNgSubmissionId", "SIKSNG-" + day + "-" + task.getVariables().get("caseId")));
    }
}
