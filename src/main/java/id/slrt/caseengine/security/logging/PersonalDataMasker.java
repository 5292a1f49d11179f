package id.slrt.caseengine.security.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data (UU 27/2022) in free text before it reaches a log: 16-digit identity numbers (NIK, KK),
 * Indonesian phone numbers, and the values of fields that carry names, addresses or identity numbers when they
 * appear as {@code key=value}, {@code key: value} or JSON {@code "key":"value"}.
 */
public final class PersonalDataMasker {

    /** A run of exactly 16 digits: NIK or KK number. Keeps the 4-digit regency prefix. */
    private static final Pattern IDENTITY_NUMBER = Pattern.compile("(?<![0-9])([0-9]{4})[0-9]{12}(?![0-9])");
    /** +62 / 62 / 0 followed by 8-13 digits, optionally with spaces or dashes. Keeps the last two digits. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![0-9A-Za-z])(\\+62|62|0)(8[0-9](?:[ -]?[0-9]){6,11})(?![0-9])");
    private static final String SENSITIVE_KEYS = "(?:name|nama|fullName|subjectName|reporterName|familyName|"
            + "address|alamat|subjectAddress|nik|subjectNik|kk|kkNumber|subjectKkNumber|phone|reporterPhone|"
            + "telepon|recipient|birthDate|subjectBirthDate|tanggalLahir)";
    private static final Pattern JSON_FIELD = Pattern.compile(
            "(\"" + SENSITIVE_KEYS + "\"\\s*:\\s*\")([^\"]*)(\")", Pattern.CASE_INSENSITIVE);
    private static final Pattern KEY_VALUE = Pattern.compile(
            "(\\b" + SENSITIVE_KEYS + "\\s*[=:]\\s*)([^,;\\]}\\)\\n]+)", Pattern.CASE_INSENSITIVE);

    private PersonalDataMasker() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = replace(JSON_FIELD, text, m -> m.group(1) + "***" + m.group(3));
        masked = replace(KEY_VALUE, masked, m -> m.group(1) + "***");
        masked = replace(IDENTITY_NUMBER, masked, m -> m.group(1) + "************");
        masked = replace(PHONE, masked, m -> {
            String digits = m.group(2).replaceAll("[ -]", "");
            return m.group(1) + "*".repeat(digits.length() - 2) + digits.substring(digits.length() - 2);
        });
        return masked;
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            matcher.appendReplacement(out, Matcher.quoteReplacement(with.apply(matcher)));
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
    }
}
