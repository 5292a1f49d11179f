package id.slrt.caseengine.casefile;

import id.slrt.caseengine.step.CaseContext;
import id.slrt.caseengine.step.GenericStep;
import id.slrt.caseengine.step.StepInputs;
import id.slrt.caseengine.system.PhoneNumbers;
import id.slrt.caseengine.system.Texts;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Catat kontak keluarga" (bean {@code recordFamilyContact}): adds the family member a caseworker traced
 * (form fields) to the case file as a {@code FAMILY_CONTACT} person. The phone number and address stay in the
 * case file only and are removed from the process; the name and relationship stay as variables for the forms
 * that follow (readiness, handover). Inputs name the variables: {@code nameVariable} (default
 * {@code familyContactName}, must hold a name), {@code relationshipVariable} ({@code familyContactRelationship}),
 * {@code phoneVariable} ({@code familyContactPhone}), {@code addressVariable} ({@code familyContactAddress}).
 * Sets {@code familyContactPersonId}; records {@code FAMILY_CONTACT_RECORDED} with the relationship only.
 */
@Component("recordFamilyContact")
@GenericStep(accepts = {"nameVariable", "relationshipVariable", "phoneVariable", "addressVariable"},
        produces = "familyContactPersonId",
        personalData = {"phoneVariable=familyContactPhone", "addressVariable=familyContactAddress"})
public class RecordFamilyContactDelegate implements JavaDelegate {

    private final CasePersonRepository people;
    private final CaseStatusService statuses;

    public RecordFamilyContactDelegate(CasePersonRepository people, CaseStatusService statuses) {
        this.people = people;
        this.statuses = statuses;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = CaseContext.caseId(execution);
        String nameVariable = StepInputs.variableName(execution, "nameVariable", "familyContactName");
        String relationshipVariable = StepInputs.variableName(execution, "relationshipVariable", "familyContactRelationship");
        String phoneVariable = StepInputs.variableName(execution, "phoneVariable", "familyContactPhone");
        String addressVariable = StepInputs.variableName(execution, "addressVariable", "familyContactAddress");
        String contactName = Texts.trimToNull(StepInputs.variable(execution, nameVariable));
        if (contactName == null) {
            throw new BadUserRequestException("Nama anggota keluarga yang dihubungi wajib diisi bila keluarga ditemukan");
        }
        String rawPhone = Texts.trimToNull(StepInputs.variable(execution, phoneVariable));
        String phone = null;
        if (rawPhone != null) {
            phone = PhoneNumbers.normalise(rawPhone).orElseThrow(() -> new BadUserRequestException(
                    "Nomor HP keluarga tidak valid: tulis seperti 081234567890 atau +6281234567890"));
        }
        String relationship = Texts.trimToNull(StepInputs.variable(execution, relationshipVariable));
        long personId = people.insert(caseId, PersonRole.FAMILY_CONTACT, new PersonData(null, null, contactName, null,
                null, Texts.trimToNull(StepInputs.variable(execution, addressVariable)), phone, relationship));
        DelegateExecution instance = execution.getProcessInstance();
        instance.removeVariable(phoneVariable);
        instance.removeVariable(addressVariable);
        instance.setVariable("familyContactPersonId", personId);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("personId", personId);
        if (relationship != null) {
            details.put("relationship", relationship);
        }
        details.put("reachableByPhone", phone != null);
        statuses.record(caseId, "FAMILY_CONTACT_RECORDED", execution.getCurrentActivityName(), details);
    }


}
