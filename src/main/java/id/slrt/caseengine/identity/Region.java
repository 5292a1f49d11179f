package id.slrt.caseengine.identity;

/** One administrative region; {@code code} has no dots (2, 4 or 6 digits for levels 1, 2, 3). */
public record Region(String code, String dottedCode, String name, int level) {
}
