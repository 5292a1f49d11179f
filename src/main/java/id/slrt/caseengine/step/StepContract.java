package id.slrt.caseengine.step;

import java.util.Set;

/**
 * What a generic step needs and gives (read from its {@link GenericStep} annotation): the input parameters a diagram must set on it, the optional ones, and
 * the process variables it produces (so conditions later in the diagram may use them).
 */
public record StepContract(String bean, Set<String> requiredInputs, Set<String> optionalInputs,
                           Set<String> producedVariables) {
}
