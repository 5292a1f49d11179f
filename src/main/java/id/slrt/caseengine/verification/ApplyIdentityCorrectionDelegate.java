package id.slrt.caseengine.verification;

import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.casefile.CasePersonRepository;
import id.slrt.caseengine.casefile.CaseRecord;
import id.slrt.caseengine.casefile.CaseStatusService;
import id.slrt.caseengine.step.CaseContext;
import id.slrt.caseengine.step.GenericStep;
import id.slrt.caseengine.step.StepInputs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Terapkan perbaikan identitas" (bean {@code applyIdentityCorrection}): copies a corrected NIK and/or KK
 * number from a correction form into the case file's subject, and removes those variables from the process
 * (identity numbers live in the case file only). Inputs name the variables: {@code nikVariable} (default
 * {@code correctedNik}), {@code kkVariable} (default {@code correctedKkNumber}); empty ones are left alone.
 * Validity is not judged here: the next verification round checks the corrected numbers.
 */
@Component("applyIdentityCorrection")
@GenericStep(accepts = {"nikVariable", "kkVariable"},
        personalData = {"nikVariable=correctedNik", "kkVariable=correctedKkNumber"})
public class ApplyIdentityCorrectionDelegate implements JavaDelegate {

    private final CaseFileRepository cases;
    private final CasePersonRepository people;
    private final CaseStatusService statuses;

    public ApplyIdentityCorrectionDelegate(CaseFileRepository cases, CasePersonRepository people,
                                           CaseStatusService statuses) {
        this.cases = cases;
        this.people = people;
        this.statuses = statuses;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = CaseContext.caseId(execution);
        CaseRecord record = cases.findById(caseId).orElseThrow();
        String nikVariable = StepInputs.variableName(execution, "nikVariable", "correctedNik");
        String kkVariable = StepInputs.variableName(execution, "kkVariable", "correctedKkNumber");
        String nik = digits(StepInputs.variable(execution, nikVariable));
        String kk = digits(StepInputs.variable(execution, kkVariable));
        DelegateExecution instance = execution.getProcessInstance();
        instance.removeVariable(nikVariable);
        instance.removeVariable(kkVariable);
        if (nik == null && kk == null) {
            return;
        }
        if (record.subjectPersonId() == null) {
            throw new IllegalStateException("Case " + record.registrationNumber() + " has no subject to correct");
        }
        List<String> changed = new ArrayList<>();
        if (nik != null) {
            people.updateNik(record.subjectPersonId(), nik);
            changed.add("nik");
        }
        if (kk != null) {
            people.updateKkNumber(record.subjectPersonId(), kk);
            changed.add("kkNumber");
        }
        statuses.record(caseId, "IDENTITY_CORRECTED", execution.getCurrentActivityName(), Map.of("fields", changed));
    }


    private static String digits(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String compact = value.replaceAll("\\s", "");
        if (!compact.matches("[0-9]{16}")) {
            throw new org.camunda.bpm.engine.BadUserRequestException(
                    "Nomor NIK/KK perbaikan harus 16 digit angka, yang diisi " + compact.length() + " karakter");
        }
        return compact;
    }
}
