package id.slrt.caseengine.system;

/** Small text rules every part of the application applies the same way. */
public final class Texts {

    private Texts() {
    }

    /** The text without surrounding white space, or null when there is none. */
    public static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
