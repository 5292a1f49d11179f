package id.slrt.caseengine.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SurveySecretsTest {

    final SurveySecrets secrets = new SurveySecrets();

    @Test
    void linkTokensAreLongRandomAndUrlSafe() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = secrets.newLinkToken();
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            assertThat(seen.add(token)).isTrue();
            assertThat(SurveySecrets.linkTokenHash(token)).get().asString().matches("[0-9a-f]{64}").doesNotContain(token);
        }
    }

    @Test
    void aTamperedTokenHashesDifferentlyAndMalformedOnesAreNotLookedUp() {
        String token = secrets.newLinkToken();
        char last = token.charAt(42);
        String tampered = token.substring(0, 42) + (last == 'A' ? 'B' : 'A');
        assertThat(SurveySecrets.linkTokenHash(tampered)).isNotEqualTo(SurveySecrets.linkTokenHash(token));
        assertThat(SurveySecrets.linkTokenHash(token.substring(1))).isEmpty();
        assertThat(SurveySecrets.linkTokenHash(token + "x")).isEmpty();
        assertThat(SurveySecrets.linkTokenHash("<script>alert(1)</script>xxxxxxxxxxxxxxxxxx")).isEmpty();
        assertThat(SurveySecrets.linkTokenHash(null)).isEmpty();
    }

    @Test
    void printedCodesReadBackHoweverTheCitizenTypesThem() {
        String code = secrets.newPrintedCode();
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        String hash = SurveySecrets.printedCodeHash(code).orElseThrow();
        assertThat(SurveySecrets.printedCodeHash(code.toLowerCase())).contains(hash);
        assertThat(SurveySecrets.printedCodeHash(" " + code.replace("-", " ") + " ")).contains(hash);
        assertThat(SurveySecrets.printedCodeHash(code.replace("-", ""))).contains(hash);
        // O, I and L are read as 0, 1 and 1.
        assertThat(SurveySecrets.printedCodeHash("10AB-CD0E-FGH1")).isEqualTo(SurveySecrets.printedCodeHash("lOAB-CDoE-FGHi"));
        assertThat(SurveySecrets.printedCodeHash("ABCD-EFGH-JKM")).isEmpty();
        assertThat(SurveySecrets.printedCodeHash("ABCD-EFGH-JKMU")).isEmpty();
        // A code and a link token never share a hash space.
        assertThat(SurveySecrets.printedCodeHash("ABCD-EFGH-JKMN")).isNotEqualTo(SurveySecrets.linkTokenHash("ABCDEFGHJKMN"));
    }
}
