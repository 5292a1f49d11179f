package id.slrt.caseengine.system;

/**
 * A problem with one input field: {@code field} is the JSON path (for example {@code subject.nik}),
 * {@code code} a stable machine code, {@code message} the reason in plain Indonesian.
 */
public record FieldIssue(String field, String code, String message) {
}
