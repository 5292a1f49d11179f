package id.slrt.caseengine.web;

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

    /** Quotes when needed, and prefixes text starting with = + - @ (not a plain number) with an apostrophe. */
    public static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
