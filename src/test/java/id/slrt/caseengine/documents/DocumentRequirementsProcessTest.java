package id.slrt.caseengine.documents;

import static id.slrt.caseengine.support.ProcessTests.submitStartForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.support.IntegrationTest;
import id.slrt.caseengine.support.TestDocuments;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The documents a verification requires (bpmn/document-requirements.dmn), checked by the step requireDocuments
 * right after the caseworker's decision: a Puskesos application with only the KTP attached cannot be found valid
 * until the KK is attached, a returned one needs nothing, a removed KK counts as missing; BPJS PBI the same.
 */
@IntegrationTest
class DocumentRequirementsProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseDocuments documents;
    @Autowired
    DocumentRequirements requirements;
    @Autowired
    IntakeService intake;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPuskesosApplicationIsNotValidUntilTheKkIsAttached() {
        ProcessInstance application = submitStartForm(engine, "puskesos-application", form("3325014506880031"));
        String number = application.getBusinessKey();
        TestDocuments.attach(documents, number, "KTP");
        assertThat(application).isWaitingAt("VerifyApplication");
        long caseId = documents.caseIdOf(number).orElseThrow();
        assertThat(requirements.checklist(caseId, "PUSKESOS_APPLICATION", "VERIFICATION"))
                .extracting(DocumentRequirements.Requirement::kind, DocumentRequirements.Requirement::attached)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KTP", true), org.assertj.core.groups.Tuple.tuple("KK", false));

        String taskId = task(application).getId();
        assertThatThrownBy(() -> complete(task(application), valid()))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Dokumen persyaratan belum dilampirkan: Kartu Keluarga")
                .hasMessageContaining(number)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("KTP"));
        // Refused means nothing happened: the same task is still open, the case still in verification.
        assertThat(application).isWaitingAt("VerifyApplication");
        assertThat(task(application).getId()).isEqualTo(taskId);
        assertThat(status(number)).isEqualTo("VERIFICATION");

        TestDocuments.attach(documents, number, "KK");
        complete(task(application), valid());
        assertThat(application).hasPassed("CheckDocuments", "ChooseAgency").isWaitingAt("AgencyAnswer");
    }

    @Test
    void aReturnedApplicationNeedsNoDocumentsAndARemovedKkIsMissing() {
        ProcessInstance application = submitStartForm(engine, "puskesos-application", form("3325014506880032"));
        String number = application.getBusinessKey();
        complete(task(application), withVariables("verificationDecision", "RETURN", "returnReason", "DOCUMENT_MISSING",
                "verificationNote", "KTP dan KK belum dipindai"));
        assertThat(application).hasNotPassed("CheckDocuments").isWaitingAt("CorrectApplication");

        TestDocuments.attachIdentityDocuments(documents, number);
        long kk = documents.list(number).stream().filter(d -> d.kind().equals("KK")).findFirst().orElseThrow().id();
        documents.remove(number, kk, "Pindaian buram, diganti");
        complete(task(application), correction());
        assertThat(application).isWaitingAt("VerifyApplication");
        assertThatThrownBy(() -> complete(task(application), valid()))
                .hasMessageContaining("belum dilampirkan: Kartu Keluarga");
    }

    @Test
    void aBpjsPbiRequestNeedsItsKtpAndKkBeforeTheIdentityCheck() {
        String number = intake.open(new CaseIntakeRequest("BPJS_PBI_ENROLLMENT", Channel.WALK_IN, "3516",
                new CaseIntakeRequest.Subject("3516015203850041", "3516011503200041", "Suparmi", null, null, "Kec. Jatirejo"),
                new CaseIntakeRequest.Reporter("Suparmi", "081234500041"), "Mohon bantuan iuran BPJS"), "operator")
                .registrationNumber();
        ProcessInstance request = BpmnAwareTests.processInstanceQuery().processInstanceBusinessKey(number).singleResult();
        Map<String, Object> verification = withVariables("requestType", "NEW_ENROLLMENT", "inHospital", false,
                "hasHealthFacilityLetter", false, "localPovertyAssessment", false, "verificationNote", "Diperiksa");

        assertThatThrownBy(() -> complete(task(request), verification))
                .hasMessageContaining("belum dilampirkan: KTP (Kartu Tanda Penduduk), Kartu Keluarga");
        assertThat(request).isWaitingAt("VerifyRequest");

        TestDocuments.attachIdentityDocuments(documents, number);
        complete(task(request), verification);
        assertThat(request).hasPassed("CheckDocuments").isWaitingAt("CheckIdentity");
    }

    @Test
    void aStepWithoutRulesRequiresNothing() {
        assertThat(requirements.required("COMPLAINT", "VERIFICATION")).isEmpty();
        assertThat(requirements.required("PUSKESOS_APPLICATION", "VERIFICATION")).containsExactly("KTP", "KK");
    }

    static Map<String, Object> valid() {
        return withVariables("verificationDecision", "VALID", "verificationNote", "Data sesuai KTP dan KK");
    }

    static Map<String, Object> form(String nik) {
        Map<String, Object> form = new HashMap<>();
        form.put("channel", "PUSKESOS");
        form.put("regionCode", "3325");
        form.put("subjectName", "Sutini");
        form.put("subjectNik", nik);
        form.put("subjectKkNumber", "3325011203150007");
        form.put("subjectAddress", "Desa Wonotunggal RT 2 RW 1");
        form.put("reporterPhone", "081234500021");
        form.put("needCategory", "HEALTH_INSURANCE");
        form.put("description", "Butuh kartu KIS PBI untuk berobat rutin");
        form.put("bankName", "BRI");
        form.put("bankAccountNumber", "012301000123501");
        form.put("bankAccountHolder", "Sutini");
        form.put("docKtp", true);
        form.put("docKk", true);
        form.put("docSuratPengantar", true);
        return form;
    }

    static Map<String, Object> correction() {
        Map<String, Object> values = new HashMap<>();
        values.put("needCategory", "HEALTH_INSURANCE");
        values.put("bankName", "BRI");
        values.put("bankAccountNumber", "012301000123501");
        values.put("bankAccountHolder", "Sutini");
        values.put("docKtp", true);
        values.put("docKk", true);
        values.put("docSuratPengantar", true);
        values.put("correctionNote", "KTP dan KK sudah dipindai");
        return values;
    }

    String status(String number) {
        return jdbc.sql("select status from slrt.case_file where registration_number = ?").param(number)
                .query(String.class).single();
    }
}
