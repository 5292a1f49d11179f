package id.slrt.caseengine.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSV for spreadsheets (RFC 4180, comma-separated, CRLF, UTF-8 with a byte order mark so Indonesian text opens
 * correctly). Cells are quoted when needed, and text a spreadsheet would run as a formula is neutralised.
 */
public final class Csv {

    public static final String BOM = "\uFEFF";

    private final StringBuilder text = new StringBuilder(BOM);

    public Csv row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells[i] == null ? null : cells[i].toString()));
        }
        text.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /**
     * A spreadsheet splits cells on its locale's list separator (in Indonesian a semicolon) and may read text that
     * starts with = + - @ as a formula: every such start, at the beginning of the text or after a comma,
     * semicolon, tab, pipe or line break, gets an apostrophe (a plain number is left as it is).
     */
    private static final Pattern FORMULA_START = Pattern.compile("(^|[,;\\t|\\r\\n])([\\s\"']*)(?=[=+\\-@])");

    /** Quotes when needed, and neutralises every place a spreadsheet could start a formula. */
    public static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.matches("-?\\d+(\\.\\d+)?")) {
            v = FORMULA_START.matcher(v).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + "'"));
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
