package id.slrt.caseengine.verification;

import java.util.List;

/** One automatic check the {@code verifyCaseData} step can run, selected by {@link #code()} in the diagram. */
public interface VerificationCheck {

    String code();

    List<Finding> check(VerificationContext context);
}
