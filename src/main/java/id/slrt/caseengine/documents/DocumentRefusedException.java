package id.slrt.caseengine.documents;

import id.slrt.caseengine.system.FieldIssue;
import org.springframework.http.HttpStatus;

/** A file that is not stored: the status (400, 413, 415, 409) and the field with its reason in Indonesian. */
public class DocumentRefusedException extends RuntimeException {

    private final HttpStatus status;
    private final FieldIssue issue;

    public DocumentRefusedException(HttpStatus status, String field, String code, String message) {
        super(field + ": " + message);
        this.status = status;
        this.issue = new FieldIssue(field, code, message);
    }

    public HttpStatus status() {
        return status;
    }

    public FieldIssue issue() {
        return issue;
    }
}
