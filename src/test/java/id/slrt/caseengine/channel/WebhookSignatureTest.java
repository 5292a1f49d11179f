package id.slrt.caseengine.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    static final byte[] BODY = "test".getBytes(StandardCharsets.UTF_8);

    @Test
    void signsWithHmacSha256InMetasHeaderFormat() {
        // Published HMAC-SHA256("secret", "test") test value.
        assertThat(WebhookSignature.sign("secret", BODY))
                .isEqualTo("sha256=0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914");
    }

    @Test
    void acceptsOnlyTheExactSignatureOfTheExactBody() {
        String good = WebhookSignature.sign("secret", BODY);
        assertThat(WebhookSignature.matches("secret", BODY, good)).isTrue();
        assertThat(WebhookSignature.matches("secret", BODY, good.toUpperCase().replace("SHA256=", "sha256="))).isTrue();
        assertThat(WebhookSignature.matches("other-secret", BODY, good)).isFalse();
        assertThat(WebhookSignature.matches("secret", "test ".getBytes(StandardCharsets.UTF_8), good)).isFalse();
        assertThat(WebhookSignature.matches("secret", BODY, good.substring("sha256=".length()))).isFalse();
        assertThat(WebhookSignature.matches("secret", BODY, "sha256=")).isFalse();
        assertThat(WebhookSignature.matches("secret", BODY, null)).isFalse();
    }
}
