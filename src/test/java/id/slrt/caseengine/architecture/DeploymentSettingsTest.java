package id.slrt.caseengine.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every environment variable the app's configuration reads (${NAME} in application*.yml) is documented in
 * docs/configuration.md and set in docker-compose.yml and in the Kubernetes manifests (ConfigMap or Secret), so an
 * administrator finds each setting where they install.
 */
class DeploymentSettingsTest {

    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    @Test
    void everyVariableTheAppReadsIsDocumentedAndSetInComposeAndKubernetes() throws Exception {
        Set<String> read = new TreeSet<>();
        try (var files = Files.list(Path.of("src/main/resources"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("application.*\\.yml")).toList()) {
                Matcher m = PLACEHOLDER.matcher(Files.readString(file));
                while (m.find()) {
                    read.add(m.group(1));
                }
            }
        }
        assertThat(read).contains("SLRT_PUBLIC_BASE_URL", "SLRT_REGIONS_SERVED", "WHATSAPP_ACCESS_TOKEN", "SMS_GATEWAY_URL");

        String docs = Files.readString(Path.of("docs/configuration.md"));
        String compose = Files.readString(Path.of("docker-compose.yml"));
        String k8s = Files.readString(Path.of("k8s/configmap.yaml")) + Files.readString(Path.of("k8s/secret.example.yaml"));
        for (String name : read) {
            assertThat(docs).as("docs/configuration.md documents %s", name).contains("`" + name + "`");
            assertThat(compose).as("docker-compose.yml sets %s", name).containsPattern("\\n\\s+" + name + ":");
            assertThat(k8s).as("k8s ConfigMap or Secret sets %s", name).containsPattern("\\n\\s+" + name + ":");
        }
        for (String spring : new String[] {"SPRING_PROFILES_ACTIVE", "SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
                "SPRING_DATASOURCE_PASSWORD", "TZ"}) {
            assertThat(docs).contains("`" + spring + "`");
            assertThat(compose).containsPattern("\\n\\s+" + spring + ":");
            assertThat(k8s).containsPattern("\\n\\s+" + spring + ":");
        }
    }
}
