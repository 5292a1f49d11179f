package id.slrt.caseengine.system;

/**
 * Reference data the office has to supply (a year of the holiday calendar, say) is missing, so the request cannot be
 * answered correctly: answered 503 with a problem of {@code type} and {@code title} and this message (what the
 * office must add), never computed without it.
 */
public class OfficeDataMissingException extends RuntimeException {

    private final String type;
    private final String title;

    public OfficeDataMissingException(String type, String title, String message) {
        super(message);
        this.type = type;
        this.title = title;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }
}
