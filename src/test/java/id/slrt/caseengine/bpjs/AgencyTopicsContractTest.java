package id.slrt.caseengine.bpjs;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.integration.LocalBpjsActivationStandIn;
import id.slrt.caseengine.integration.LocalDtsenStandIn;
import id.slrt.caseengine.integration.LocalPopulationRecordStandIn;
import id.slrt.caseengine.integration.LocalSiksNgStandIn;
import id.slrt.caseengine.integration.LocalStandInWorker;
import id.slrt.caseengine.step.ServesTopic;
import id.slrt.caseengine.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The contract of each agency topic as a real worker would see it (docs/integrations.md): what the task
 * carries (the case id, never identity numbers) and what the worker must answer (the variables its
 * {@link ServesTopic} declares).
 */
@IntegrationTest
class AgencyTopicsContractTest {

    private static final String WORKER = "contract-test-worker";

    @Autowired
    IntakeService intake;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ExternalTaskService externalTasks;
    @Autowired
    LocalPopulationRecordStandIn disdukcapil;
    @Autowired
    LocalDtsenStandIn dtsen;
    @Autowired
    LocalSiksNgStandIn siksNg;
    @Autowired
    LocalBpjsActivationStandIn bpjs;
    @Autowired
    id.slrt.caseengine.documents.CaseDocuments documents;

    @Test
    void eachTopicCarriesTheCaseIdButNoIdentityNumbersAndAnswersWhatItDeclares() {
        String number = intake.open(new CaseIntakeRequest("BPJS_PBI_ENROLLMENT", Channel.WALK_IN, "3516",
                new CaseIntakeRequest.Subject("3516015203850001", "3516011503200001", "Sri Wahyuni", null, null, null),
                new CaseIntakeRequest.Reporter("Sri Wahyuni", "081234500001"), "PBI"), "operator").registrationNumber();
        id.slrt.caseengine.support.TestDocuments.attachIdentityDocuments(documents, number);
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId(),
                Map.of("requestType", "NEW_ENROLLMENT", "inHospital", false, "hasHealthFacilityLetter", false,
                        "localPovertyAssessment", false, "verificationNote", "ok"));

        for (LocalStandInWorker standIn : List.of(disdukcapil, dtsen, siksNg, bpjs)) {
            LockedExternalTask seen = externalTasks.fetchAndLock(1, WORKER).topic(standIn.topic(), 1000)
                    .processInstanceVariableEquals("registrationNumber", number).execute().get(0);
            assertThat(seen.getVariables()).as(standIn.topic()).containsKey("caseId")
                    .doesNotContainKeys("subjectNik", "subjectKkNumber", "nik", "kkNumber");
            if (standIn == bpjs) {
                assertThat(seen.getVariables()).containsEntry("route", "PBI_JK");
            }
            externalTasks.unlock(seen.getId());

            assertThat(standIn.pollOnce()).isPositive();
            ServesTopic declared = standIn.getClass().getAnnotation(ServesTopic.class);
            assertThat(runtime.getVariables(instance.getId())).as(standIn.topic())
                    .containsKeys(declared.produces());
        }
        assertThat(runtime.getVariables(instance.getId())).containsEntry("identityVerified", true)
                .containsEntry("dtsenDecile", 3).containsEntry("route", "PBI_JK");
    }
}
