package id.slrt.caseengine.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Sealing at rest: round trips, refuses changed data, and rotates keys. */
class EncryptionTest {

    static final String OLD = "k2025:" + Base64.getEncoder().encodeToString(new byte[32]);
    static final String NEW = "k2026:" + Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void sealedDataOpensAndChangedDataIsRefused() {
        Encryption encryption = encryption(NEW, "");
        byte[] sealed = encryption.seal("Budi Santoso, NIK 3516011405100001".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Budi").doesNotContain("3516");
        assertThat(new String(encryption.open(sealed), StandardCharsets.UTF_8)).startsWith("Budi Santoso");
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> encryption.open(sealed)).hasMessageContaining("changed data");
        String text = encryption.sealText("rahasia");
        assertThat(text).startsWith("enc:").doesNotContain("rahasia");
        assertThat(encryption.openText(text)).isEqualTo("rahasia");
        assertThat(encryption.openText("plain, written before encryption")).isEqualTo("plain, written before encryption");
    }

    @Test
    void aRotationOpensOldDataAndSealsNewDataWithTheCurrentKey() {
        byte[] old = encryption(OLD, "").seal("lama".getBytes());
        Encryption rotated = encryption(OLD + "," + NEW, "k2026");
        assertThat(rotated.isCurrent(old)).isFalse();
        assertThat(new String(rotated.open(old))).isEqualTo("lama");
        assertThat(rotated.isCurrent(rotated.seal("baru".getBytes()))).isTrue();
        assertThatThrownBy(() -> encryption(NEW, "").open(old)).hasMessageContaining("k2025");
    }

    @Test
    void withoutKeysOnAnExternalDatabaseTheApplicationDoesNotStart() {
        MockEnvironment external = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/x");
        assertThatThrownBy(() -> new Encryption(new EncryptionProperties(), external))
                .hasMessageContaining("SLRT_ENCRYPTION_KEYS");
        assertThat(new Encryption(new EncryptionProperties(), new MockEnvironment()).openText(
                new Encryption(new EncryptionProperties(), new MockEnvironment()).sealText("demo"))).isEqualTo("demo");
    }

    private static Encryption encryption(String keys, String current) {
        EncryptionProperties properties = new EncryptionProperties();
        properties.setKeys(keys);
        properties.setCurrentKey(current);
        return new Encryption(properties, new MockEnvironment().withProperty("spring.datasource.url", "jdbc:x"));
    }
}
