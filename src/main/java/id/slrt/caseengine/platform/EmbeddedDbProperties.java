package id.slrt.caseengine.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Embedded PostgreSQL settings. {@code dataDir} persists between runs unless {@code clean} is set (tests).
 * {@code port} 0 picks a free port.
 */
@ConfigurationProperties("slrt.embedded-db")
public record EmbeddedDbProperties(String dataDir, int port, boolean clean) {

    public EmbeddedDbProperties {
        if (dataDir == null || dataDir.isBlank()) {
            dataDir = "./data/pg";
        }
    }
}
