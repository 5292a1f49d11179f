package id.slrt.caseengine.step;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads the input parameters a diagram gives a generic step. A missing required input is a modelling
 * mistake, reported with the step's name so the analyst can fix the diagram.
 */
public final class StepInputs {

    private StepInputs() {
    }

    public static String required(DelegateExecution execution, String name) {
        String value = optional(execution, name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Step '" + stepName(execution) + "' (" + execution.getCurrentActivityId()
                    + ") needs the input parameter '" + name + "'");
        }
        return value;
    }

    /** An input parameter of this step (a local variable), or null. */
    public static String optional(VariableScope scope, String name) {
        Object value = scope.getVariableLocal(name);
        return value == null ? null : value.toString();
    }

    /** A variable visible from this scope (local or inherited from the process), as text, or null. */
    public static String variable(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    /**
     * The name of the process variable the input {@code input} points to ("which form field holds the NIK"), or
     * {@code fallback} when the diagram leaves the input out.
     */
    public static String variableName(DelegateExecution execution, String input, String fallback) {
        String value = optional(execution, input);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    public static Long optionalLong(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        return Long.parseLong(value.toString());
    }

    private static String stepName(DelegateExecution execution) {
        String name = execution.getCurrentActivityName();
        return name == null ? execution.getCurrentActivityId() : name;
    }
}
