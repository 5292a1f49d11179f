package id.slrt.caseengine.system;

import java.util.List;
import java.util.stream.Collectors;

/** Client input that cannot be accepted; answered as HTTP 400 problem+json listing every field. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldIssue> issues;

    public InvalidInputException(List<FieldIssue> issues) {
        super(issues.stream().map(i -> i.field() + ": " + i.message()).collect(Collectors.joining("; ")));
        this.issues = List.copyOf(issues);
    }

    public InvalidInputException(String field, String code, String message) {
        this(List.of(new FieldIssue(field, code, message)));
    }

    public List<FieldIssue> issues() {
        return issues;
    }
}
