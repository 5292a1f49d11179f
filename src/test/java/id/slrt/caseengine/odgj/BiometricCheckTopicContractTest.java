package id.slrt.caseengine.odgj;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.casefile.CasePerson;
import id.slrt.caseengine.casefile.CasePersonRepository;
import id.slrt.caseengine.casefile.PersonData;
import id.slrt.caseengine.casefile.PersonRole;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.integration.LocalBiometricCheckStandIn;
import id.slrt.caseengine.step.ServesTopic;
import id.slrt.caseengine.support.IntegrationTest;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The contract of topic {@code disdukcapil-biometric-check} as a real Disdukcapil worker would see it
 * (docs/integrations.md): the task carries the case id, the case's regency and the fingerprint capture reference,
 * never identity numbers; the answer is one of three outcomes with the variables {@link ServesTopic} declares, and
 * the NIK and KK found end up in the case file, not in the process.
 */
@IntegrationTest
class BiometricCheckTopicContractTest {

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
    CaseFileRepository cases;
    @Autowired
    CasePersonRepository people;
    @Autowired
    LocalBiometricCheckStandIn disdukcapil;

    @Test
    void theTaskCarriesTheCaptureReferenceButNoIdentityNumbers() {
        ProcessInstance instance = waitingForDisdukcapil("SJ-3516-0001");
        LockedExternalTask seen = externalTasks.fetchAndLock(1, WORKER).topic(LocalBiometricCheckStandIn.TOPIC, 1000)
                .processInstanceVariableEquals("registrationNumber", instance.getBusinessKey()).execute().get(0);
        assertThat(seen.getVariables()).containsKeys("caseId", "regionCode")
                .containsEntry("fingerprintReference", "SJ-3516-0001")
                .doesNotContainKeys("subjectNik", "subjectKkNumber", "nik", "kkNumber", "identityNik");
        externalTasks.unlock(seen.getId());
    }

    @Test
    void aCaptureRegisteredInTheCasesRegencyIsFoundLocallyAndItsNumbersGoToTheCaseFile() {
        ProcessInstance instance = waitingForDisdukcapil("SJ-3516-0001");
        assertThat(disdukcapil.pollOnce()).isPositive();

        Map<String, Object> answer = runtime.getVariables(instance.getId());
        assertThat(answer).containsKeys(declared()).containsEntry("biometricOutcome", "FOUND_LOCAL")
                .containsEntry("originRegionCode", null).containsEntry("subjectName", "Suparman")
                .doesNotContainValue("3516011407810007");
        assertThat(subject(instance).nik()).isEqualTo("3516011407810007");
        assertThat(subject(instance).kkNumber()).isEqualTo("3516011002100007");
    }

    @Test
    void aCaptureRegisteredInAnotherRegencyNamesThatRegency() {
        ProcessInstance instance = waitingForDisdukcapil("SJ-3516-0002");
        disdukcapil.pollOnce();

        assertThat(runtime.getVariables(instance.getId())).containsKeys(declared())
                .containsEntry("biometricOutcome", "FOUND_OTHER_REGION").containsEntry("originRegionCode", "3517")
                .containsEntry("originRegionName", "Kabupaten Jombang");
        assertThat(subject(instance).nik()).isEqualTo("3517025509880003");
    }

    @Test
    void aCaptureWithoutAPopulationRecordAnswersNoRecordAndLeavesTheCaseFileAlone() {
        ProcessInstance instance = waitingForDisdukcapil("SJ-9999-0001");
        disdukcapil.pollOnce();

        assertThat(runtime.getVariables(instance.getId())).containsEntry("biometricOutcome", "NO_RECORD")
                .containsEntry("originRegionCode", null).containsKey("biometricNote");
        assertThat(subject(instance).nik()).isNull();
        assertThat(subject(instance).name()).isEqualTo("Tanpa nama, perempuan sekitar 30 tahun");
    }

    private static String[] declared() {
        return LocalBiometricCheckStandIn.class.getAnnotation(ServesTopic.class).produces();
    }

    private ProcessInstance waitingForDisdukcapil(String captureReference) {
        String number = intake.open(new CaseIntakeRequest("ODGJ_REUNIFICATION", Channel.WALK_IN, "3516",
                new CaseIntakeRequest.Subject(null, null, "Tanpa nama, perempuan sekitar 30 tahun", null, null, null),
                new CaseIntakeRequest.Reporter("Satpol PP Kabupaten Mojokerto", null),
                "Ditemukan di alun-alun saat patroli malam"), "operator").registrationNumber();
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
        Map<String, Object> assessment = OdgjReunificationProcessTest.assessment(captureReference, false);
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId(), assessment);
        return instance;
    }

    private PersonData subject(ProcessInstance instance) {
        long caseId = cases.findByProcessInstanceId(instance.getId()).orElseThrow().id();
        return people.findByCase(caseId).stream().filter(p -> p.role() == PersonRole.SUBJECT).findFirst()
                .map(CasePerson::data).orElseThrow();
    }
}
