package id.slrt.caseengine.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The letter templates: {@code letters/<type>.html}, one per letter type, the type being the file name without
 * {@code .html}. A process uses the templates deployed with it (like {@code camunda:formRefBinding="deployment"}),
 * so an analyst's change reaches the processes deployed with it; a deployment without the template uses the one
 * shipped with the application.
 */
@Component
public class LetterTemplates {

    public static final String FOLDER = "letters/";
    public static final Pattern TYPE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final ObjectProvider<RepositoryService> repository;
    private final Map<String, byte[]> bundled;

    public LetterTemplates(ObjectProvider<RepositoryService> repository) {
        this.repository = repository;
        this.bundled = bundled();
    }

    /** The letter types shipped with the application, with their templates. */
    public Map<String, byte[]> bundledTemplates() {
        return bundled;
    }

    public boolean isBundled(String type) {
        return bundled.containsKey(type);
    }

    /** The template of a type: from the deployment if it holds one, otherwise the bundled one. */
    public Optional<byte[]> template(String type, String deploymentId) {
        if (deploymentId != null) {
            RepositoryService repositoryService = repository.getIfAvailable();
            if (repositoryService != null && repositoryService.getDeploymentResourceNames(deploymentId)
                    .contains(FOLDER + type + ".html")) {
                try (InputStream in = repositoryService.getResourceAsStream(deploymentId, FOLDER + type + ".html")) {
                    return Optional.of(in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return Optional.ofNullable(bundled.get(type));
    }

    /** The letter type of a resource name ({@code letters/surat-rujukan.html}), or null when it is no template. */
    public static String typeOf(String resourceName) {
        String name = resourceName.replace('\\', '/');
        int folder = name.lastIndexOf(FOLDER);
        if (folder < 0 || !name.endsWith(".html")) {
            return null;
        }
        return name.substring(folder + FOLDER.length(), name.length() - 5);
    }

    private static Map<String, byte[]> bundled() {
        Map<String, byte[]> templates = new TreeMap<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:letters/*.html")) {
                try (InputStream in = r.getInputStream()) {
                    templates.put(r.getFilename().substring(0, r.getFilename().length() - 5), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return templates;
    }
}
