package id.slrt.caseengine.verification;

/** One reason why data fails verification: a stable code, the field, and the reason in plain Indonesian. */
public record Finding(String code, String field, String message) {
}
