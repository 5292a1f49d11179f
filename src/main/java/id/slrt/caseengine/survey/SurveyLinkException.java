package id.slrt.caseengine.survey;

/** The link or code a citizen used cannot open a survey; {@link Reason} says why, for the page shown. */
public class SurveyLinkException extends RuntimeException {

    public enum Reason { UNKNOWN, EXPIRED, ANSWERED }

    private final Reason reason;

    public SurveyLinkException(Reason reason) {
        super("Survey link refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
