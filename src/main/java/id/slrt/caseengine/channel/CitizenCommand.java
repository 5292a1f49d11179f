package id.slrt.caseengine.channel;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a citizen's message asks for. Keywords (case-insensitive, at the start of the message):
 * {@code STATUS <registration number>} asks for the status; {@code BARU <text>} opens a new complaint even
 * while another is open; {@code RAHASIA <text>} reports misuse of social aid with the reporter's identity
 * protected. Anything else is a complaint, or a follow-up of the sender's open case.
 */
public record CitizenCommand(Kind kind, String argument) {

    public enum Kind { STATUS, STATUS_HELP, NEW_COMPLAINT, CONFIDENTIAL_REPORT, MESSAGE, EMPTY }

    private static final Pattern STATUS = Pattern.compile(
            "^\\s*(?:STATUS|CEK)\\b\\s*:?\\s*(SLRT-\\d{4}-\\d{4}-\\d{6})\\s*\\.?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STATUS_WORD = Pattern.compile("^\\s*(?:STATUS|CEK)\\b.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern KEYWORD = Pattern.compile("^\\s*(BARU|RAHASIA)\\b\\s*:?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    public static CitizenCommand parse(String text) {
        if (text == null || text.isBlank()) {
            return new CitizenCommand(Kind.EMPTY, null);
        }
        Matcher status = STATUS.matcher(text);
        if (status.matches()) {
            return new CitizenCommand(Kind.STATUS, status.group(1).toUpperCase(Locale.ROOT));
        }
        if (STATUS_WORD.matcher(text).matches()) {
            return new CitizenCommand(Kind.STATUS_HELP, null);
        }
        Matcher keyword = KEYWORD.matcher(text);
        if (keyword.matches()) {
            String rest = keyword.group(2).strip();
            if (rest.isEmpty()) {
                return new CitizenCommand(Kind.EMPTY, null);
            }
            return new CitizenCommand(keyword.group(1).equalsIgnoreCase("BARU") ? Kind.NEW_COMPLAINT
                    : Kind.CONFIDENTIAL_REPORT, rest);
        }
        return new CitizenCommand(Kind.MESSAGE, text.strip());
    }
}
