package id.slrt.caseengine.casefile;

import id.slrt.caseengine.identity.IdentityNumberValidator;
import id.slrt.caseengine.identity.RegionDirectory;
import id.slrt.caseengine.step.CaseContext;
import id.slrt.caseengine.step.CaseVariables;
import id.slrt.caseengine.step.GenericStep;
import id.slrt.caseengine.step.StepInputs;
import id.slrt.caseengine.system.OfficeClock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Catat identitas kependudukan" (bean {@code recordIdentity}): writes a NIK (and KK number) that a
 * caseworker entered in a form (found by hand at Disdukcapil, or newly issued by Disdukcapil for a person without
 * identity) into the case file's subject, and removes those variables from the process (identity numbers live in
 * the case file only). Unlike a correction, the numbers are checked here (structure, region, birth date, serial):
 * an invalid one refuses the task completion that led here, with the reason. Inputs: {@code source} (required,
 * for example {@code MANUAL_CHECK} or {@code ISSUED_BY_DISDUKCAPIL}), {@code nikVariable} (default
 * {@code identityNik}), {@code kkVariable} (default {@code identityKkNumber}), {@code reference} (document number,
 * optional), {@code name} (the registered name, optional: replaces the subject's name in the case file and
 * {@code subjectName}). NIK and KK both empty: nothing is written. Records {@code IDENTITY_RECORDED} (without
 * the numbers).
 */
@Component("recordIdentity")
@GenericStep(requires = "source", accepts = {"nikVariable", "kkVariable", "reference", "name"},
        produces = CaseVariables.SUBJECT_NAME,
        personalData = {"nikVariable=identityNik", "kkVariable=identityKkNumber"})
public class RecordIdentityDelegate implements JavaDelegate {

    private final CaseFileRepository cases;
    private final CasePersonRepository people;
    private final CaseStatusService statuses;
    private final IdentityNumberValidator validator;
    private final RegionDirectory regions;
    private final OfficeClock clock;

    public RecordIdentityDelegate(CaseFileRepository cases, CasePersonRepository people, CaseStatusService statuses,
                                  IdentityNumberValidator validator, RegionDirectory regions, OfficeClock clock) {
        this.cases = cases;
        this.people = people;
        this.statuses = statuses;
        this.validator = validator;
        this.regions = regions;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = CaseContext.caseId(execution);
        String source = StepInputs.required(execution, "source");
        String nikVariable = StepInputs.variableName(execution, "nikVariable", "identityNik");
        String kkVariable = StepInputs.variableName(execution, "kkVariable", "identityKkNumber");
        String nik = compact(StepInputs.variable(execution, nikVariable));
        String kk = compact(StepInputs.variable(execution, kkVariable));
        DelegateExecution instance = execution.getProcessInstance();
        instance.removeVariable(nikVariable);
        instance.removeVariable(kkVariable);
        if (nik == null && kk == null) {
            return;
        }
        List<String> problems = new ArrayList<>();
        if (nik != null) {
            validator.checkNik("nik", nik, clock.now().toLocalDate()).errors()
                    .forEach(issue -> problems.add(issue.message()));
        }
        if (kk != null) {
            validator.checkKk("kkNumber", kk, clock.now().toLocalDate()).errors()
                    .forEach(issue -> problems.add(issue.message()));
        }
        if (!problems.isEmpty()) {
            throw new BadUserRequestException("Identitas tidak dapat dicatat: " + String.join("; ", problems));
        }
        CaseRecord record = cases.findById(caseId).orElseThrow();
        if (record.subjectPersonId() == null) {
            throw new IllegalStateException("Case " + record.registrationNumber() + " has no subject to identify");
        }
        List<String> fields = new ArrayList<>();
        if (nik != null) {
            people.updateNik(record.subjectPersonId(), nik);
            fields.add("nik");
        }
        if (kk != null) {
            people.updateKkNumber(record.subjectPersonId(), kk);
            fields.add("kkNumber");
        }
        String registeredName = StepInputs.optional(execution, "name");
        if (registeredName != null && !registeredName.isBlank()) {
            people.updateName(record.subjectPersonId(), registeredName.strip());
            instance.setVariable(CaseVariables.SUBJECT_NAME, registeredName.strip());
            fields.add("name");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("source", source);
        details.put("fields", fields);
        if (nik != null && regions.nameOf(nik.substring(0, 4)) != null) {
            details.put("nikRegency", regions.nameOf(nik.substring(0, 4)));
        }
        String reference = StepInputs.optional(execution, "reference");
        if (reference != null && !reference.isBlank()) {
            details.put("reference", reference.strip());
        }
        statuses.record(caseId, "IDENTITY_RECORDED", execution.getCurrentActivityName(), details);
    }


    private static String compact(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.replaceAll("[\\s.-]", "");
    }
}
