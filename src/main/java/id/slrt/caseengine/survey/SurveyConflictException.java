package id.slrt.caseengine.survey;

/** A survey action that the state of the case or invitation does not allow (answered as 409). */
public class SurveyConflictException extends RuntimeException {

    public SurveyConflictException(String message) {
        super(message);
    }
}
