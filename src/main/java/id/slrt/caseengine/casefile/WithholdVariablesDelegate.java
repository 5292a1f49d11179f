package id.slrt.caseengine.casefile;

import id.slrt.caseengine.step.GenericStep;
import id.slrt.caseengine.step.StepInputs;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Sembunyikan data pribadi dari variabel proses" (bean {@code withholdVariables}): keeps personal data in
 * the case file only, for services whose cases are protected by law (children in conflict with the law, UU SPPA
 * Pasal 19: the child's identity is kept confidential). Inputs, each a comma-separated list of process variable
 * names: {@code initials} (the value becomes the initials, "Budi Santoso" gives "B.S.", so forms still tell cases
 * apart) and {@code withhold} (the value becomes "(dirahasiakan)"). The latest value is what the engine's history
 * keeps, so the original text does not stay in the engine. Variables that do not exist are left alone.
 */
@Component("withholdVariables")
@GenericStep(accepts = {"initials", "withhold"})
public class WithholdVariablesDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        DelegateExecution instance = execution.getProcessInstance();
        for (String name : names(StepInputs.optional(execution, "initials"))) {
            if (instance.hasVariable(name) && instance.getVariable(name) != null) {
                instance.setVariable(name, initials(instance.getVariable(name).toString()));
            }
        }
        for (String name : names(StepInputs.optional(execution, "withhold"))) {
            if (instance.hasVariable(name) && instance.getVariable(name) != null) {
                instance.setVariable(name, ClassifyCaseDelegate.WITHHELD);
            }
        }
    }

    /** "Budi Santoso" gives "B.S."; "m. rizky" gives "M.R."; nothing readable gives "(dirahasiakan)". */
    static String initials(String name) {
        String letters = Arrays.stream(name.strip().split("[\\s.,]+"))
                .filter(word -> !word.isEmpty() && Character.isLetter(word.codePointAt(0)))
                .map(word -> new String(Character.toChars(word.codePointAt(0))).toUpperCase(Locale.ROOT) + ".")
                .collect(Collectors.joining());
        return letters.isEmpty() ? ClassifyCaseDelegate.WITHHELD : letters;
    }

    private static List<String> names(String list) {
        return list == null ? List.of()
                : Arrays.stream(list.split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList();
    }
}
