package id.slrt.caseengine.integration;

import id.slrt.caseengine.casefile.PersonData;
import id.slrt.caseengine.step.ServesTopic;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Local stand-in for the DTSEN welfare-data lookup (topic {@code dtsen-welfare-lookup}): the decile (1 poorest
 * to 10) of the subject's household, from {@code slrt.demo_dtsen_household_member}.
 */
@Component
@LocalStandIn
@ServesTopic(value = LocalDtsenStandIn.TOPIC, produces = {"dtsenFound", "dtsenDecile"})
public class LocalDtsenStandIn extends LocalStandInWorker {

    public static final String TOPIC = "dtsen-welfare-lookup";

    private final CaseSubject subjects;
    private final JdbcClient jdbc;

    public LocalDtsenStandIn(ExternalTaskService externalTasks, CaseSubject subjects, JdbcClient jdbc) {
        super(externalTasks, TOPIC);
        this.subjects = subjects;
        this.jdbc = jdbc;
    }

    @Override
    protected StandInOutcome handle(LockedExternalTask task) {
        String nik = subjects.of(task).map(PersonData::nik).orElse(null);
        Integer decile = nik == null ? null : jdbc.sql("select decile from slrt.demo_dtsen_household_member where nik = ?")
                .param(nik).query(Integer.class).optional().orElse(null);
        Map<String, Object> result = new HashMap<>();
        result.put("dtsenFound", decile != null);
        result.put("dtsenDecile", decile);
        return StandInOutcome.complete(result);
    }
}
