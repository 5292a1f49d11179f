package id.slrt.caseengine.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code slrt.encryption.*}: the keys data is encrypted with at rest (documents, the most sensitive case fields).
 * Keys come from the environment, never from the repository: {@code SLRT_ENCRYPTION_KEYS} as
 * {@code id:base64-of-32-bytes,id2:...} and {@code SLRT_ENCRYPTION_CURRENT_KEY} naming the one new data is
 * encrypted with; older keys stay listed until everything has been re-encrypted (docs/security.md, "Key rotation").
 */
@ConfigurationProperties("slrt.encryption")
public class EncryptionProperties {

    /**
     * The keys, {@code id:base64-of-32-bytes} separated by commas. Empty on the embedded default: a published
     * development key is used; an external database refuses to start without one.
     */
    private String keys = "";
    /** The key id new data is encrypted with. */
    private String currentKey = "";

    public String getKeys() {
        return keys;
    }

    public void setKeys(String keys) {
        this.keys = keys;
    }

    public String getCurrentKey() {
        return currentKey;
    }

    public void setCurrentKey(String currentKey) {
        this.currentKey = currentKey;
    }
}
