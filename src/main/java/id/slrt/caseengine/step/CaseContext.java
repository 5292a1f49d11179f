package id.slrt.caseengine.step;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Finds the case file a process (or one of its tasks) belongs to. */
public final class CaseContext {

    private CaseContext() {
    }

    /** The case id, or null when the process is not a case (for example a test diagram). */
    public static Long caseIdOrNull(VariableScope scope) {
        return StepInputs.optionalLong(scope, CaseVariables.CASE_ID);
    }

    public static long caseId(VariableScope scope) {
        Long id = caseIdOrNull(scope);
        if (id == null) {
            throw new IllegalStateException("This step needs a case: the process has no variable '"
                    + CaseVariables.CASE_ID + "' (registerCase must run first)");
        }
        return id;
    }
}
