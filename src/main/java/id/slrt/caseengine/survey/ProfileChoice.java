package id.slrt.caseengine.survey;

/** One option of a respondent profile question: a stable code (stored) and its Indonesian label. */
public interface ProfileChoice {

    String name();

    String label();
}
