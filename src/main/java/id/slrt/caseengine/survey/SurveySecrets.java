package id.slrt.caseengine.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The secrets that open a survey. A link token is 256 random bits (43 URL-safe characters) and travels in a
 * WhatsApp or SMS link; a printed code is 60 random bits written as 12 Crockford base-32 characters in groups
 * of four (no I, L, O or U, so it reads and types back unambiguously). Both are stored only as SHA-256 hashes:
 * with this much randomness a fast hash is enough, and a database leak does not reveal usable secrets.
 */
@Component
public class SurveySecrets {

    static final String CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int CODE_LENGTH = 12;
    private static final int TOKEN_BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    public String newLinkToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A new printed code, formatted for reading aloud and typing: {@code ABCD-EFGH-JKMN}. */
    public String newPrintedCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** Hash of a well-formed link token; empty for anything that cannot be one (no lookup needed). */
    public static Optional<String> linkTokenHash(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return Optional.of(sha256("link:" + token));
    }

    /**
     * Hash of a printed code as a citizen typed it: case, spaces and dashes do not matter, and the letters
     * people confuse with digits (O, I, L) count as those digits. Empty when it cannot be a code.
     */
    public static Optional<String> printedCodeHash(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (code.length() != CODE_LENGTH || !code.chars().allMatch(c -> CODE_ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(sha256("code:" + code));
    }

    private static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
