package id.slrt.caseengine.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Encryption at rest with AES-256-GCM (the JDK's own implementation: authenticated, so a changed byte is refused,
 * not decrypted to garbage). Every sealed value names the key it was sealed with, so keys rotate: new data uses the
 * current key, old data opens with the key it names as long as that key is listed, and {@link #isCurrent} tells a
 * re-encryption job what is left. Bytes: {@code SLRT1 | key id | 12-byte nonce | ciphertext+tag}; text: the same,
 * base64, prefixed {@code enc:}.
 */
@Component
public class Encryption {

    /** Published on purpose: the embedded default is a demo with demo data, never an office's installation. */
    static final String DEVELOPMENT_KEY = "dev:" + Base64.getEncoder().encodeToString(
            "slrt-development-key-not-secret!".getBytes(StandardCharsets.US_ASCII));
    private static final byte[] MAGIC = "SLRT1".getBytes(StandardCharsets.US_ASCII);
    private static final String TEXT_PREFIX = "enc:";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys = new LinkedHashMap<>();
    private final String current;
    private final SecureRandom random = new SecureRandom();

    public Encryption(EncryptionProperties properties, Environment environment) {
        String configured = properties.getKeys() == null ? "" : properties.getKeys().strip();
        if (configured.isEmpty() && EmbeddedDatabaseCondition.isEmbedded(environment)) {
            configured = DEVELOPMENT_KEY;
        }
        if (configured.isEmpty()) {
            // Every case seals its people's fields, so an installation without a key could open no case: it is
            // refused at start rather than answering 500 to the first intake.
            throw new IllegalStateException("SLRT_ENCRYPTION_KEYS (slrt.encryption.keys) is not set: an installation on"
                    + " an external database needs at least one key id:base64 of 32 bytes (docs/security.md,"
                    + " 'Encryption at rest')");
        }
        for (String entry : configured.split(",")) {
            String[] idAndKey = entry.strip().split(":", 2);
            if (idAndKey.length != 2 || !idAndKey[0].matches("[A-Za-z0-9_-]{1,32}")) {
                throw new IllegalStateException("slrt.encryption.keys: each entry is id:base64, ids of letters, digits, - and _");
            }
            byte[] key = Base64.getDecoder().decode(idAndKey[1].strip());
            if (key.length != 32) {
                throw new IllegalStateException("slrt.encryption.keys: key '" + idAndKey[0] + "' must be 32 bytes");
            }
            keys.put(idAndKey[0], new SecretKeySpec(key, "AES"));
        }
        String chosen = properties.getCurrentKey() == null ? "" : properties.getCurrentKey().strip();
        this.current = chosen.isEmpty() ? keys.keySet().iterator().next() : chosen;
        if (!keys.containsKey(current)) {
            throw new IllegalStateException("slrt.encryption.current-key '" + current + "' is not among the keys");
        }
    }

    public byte[] seal(byte[] plain) {
        byte[] id = current.getBytes(StandardCharsets.US_ASCII);
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, keys.get(current), nonce, plain);
        return ByteBuffer.allocate(MAGIC.length + 1 + id.length + NONCE + sealed.length)
                .put(MAGIC).put((byte) id.length).put(id).put(nonce).put(sealed).array();
    }

    public byte[] open(byte[] sealed) {
        ByteBuffer in = ByteBuffer.wrap(sealed);
        byte[] magic = new byte[MAGIC.length];
        in.get(magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw new IllegalStateException("Not data sealed by this application");
        }
        byte[] id = new byte[in.get()];
        in.get(id);
        SecretKey key = keys.get(new String(id, StandardCharsets.US_ASCII));
        if (key == null) {
            throw new IllegalStateException("Sealed with key '" + new String(id, StandardCharsets.US_ASCII)
                    + "', which slrt.encryption.keys no longer lists");
        }
        byte[] nonce = new byte[NONCE];
        in.get(nonce);
        byte[] rest = new byte[in.remaining()];
        in.get(rest);
        return crypt(Cipher.DECRYPT_MODE, key, nonce, rest);
    }

    /** Text sealed for a text column; null stays null. */
    public String sealText(String plain) {
        return plain == null ? null
                : TEXT_PREFIX + Base64.getEncoder().encodeToString(seal(plain.getBytes(StandardCharsets.UTF_8)));
    }

    /** Opens what {@link #sealText} sealed; text that was never sealed (written before encryption) is returned as is. */
    public String openText(String stored) {
        if (stored == null || !stored.startsWith(TEXT_PREFIX)) {
            return stored;
        }
        return new String(open(Base64.getDecoder().decode(stored.substring(TEXT_PREFIX.length()))),
                StandardCharsets.UTF_8);
    }

    /** Whether stored data (bytes or sealed text) is sealed with the current key; a rotation re-seals the rest. */
    public boolean isCurrent(Object stored) {
        byte[] sealed = stored instanceof String text && text.startsWith(TEXT_PREFIX)
                ? Base64.getDecoder().decode(text.substring(TEXT_PREFIX.length()))
                : stored instanceof byte[] bytes ? bytes : null;
        if (sealed == null || sealed.length < MAGIC.length + 1) {
            return false;
        }
        int length = sealed[MAGIC.length];
        return current != null
                && new String(sealed, MAGIC.length + 1, length, StandardCharsets.US_ASCII).equals(current);
    }

    /** The id of the key new data is sealed with (stored next to sealed rows, so a rotation finds what is left). */
    public String currentKeyId() {
        return current;
    }

    /**
     * A keyed hash (blind index) of a value for exact search in an encrypted column: HMAC-SHA256 with a key derived
     * from the current encryption key, prefixed with that key's id. Equal values give equal hashes; without the key
     * the hash tells nothing (a NIK's 16 digits could otherwise be guessed from a plain hash). Null stays null.
     */
    public String keyedHash(String value) {
        return value == null ? null : keyedHash(current, value);
    }

    /** The value's keyed hash under every listed key: what a search matches while a rotation is under way. */
    public java.util.List<String> keyedHashes(String value) {
        return value == null ? java.util.List.of() : keys.keySet().stream().map(id -> keyedHash(id, value)).toList();
    }

    private String keyedHash(String keyId, String value) {
        try {
            javax.crypto.Mac derive = javax.crypto.Mac.getInstance("HmacSHA256");
            derive.init(keys.get(keyId));
            byte[] indexKey = derive.doFinal("slrt-blind-index-v1".getBytes(StandardCharsets.US_ASCII));
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(indexKey, "HmacSHA256"));
            return keyId + ":" + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Keyed hash failed", e);
        }
    }

    private static byte[] crypt(int mode, SecretKey key, byte[] nonce, byte[] data) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            return cipher.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed (wrong key or changed data)", e);
        }
    }
}
