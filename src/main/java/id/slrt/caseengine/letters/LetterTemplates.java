package id.slrt.caseengine.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
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
    /**
     * Names as deployments give them: the bare file name (auto-deployment from the executable jar, Camunda Modeler),
     * letters/x.html, or a path on disk ending in letters/x.html.
     */
    private static final Pattern RESOURCE = Pattern.compile("(?:.*[/!]letters/|letters/)?([^/!]+)\\.html]?");

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
            // Auto-deployment names resources by their path on disk; the template is the one in a letters/ folder.
            Optional<String> name = repositoryService == null ? Optional.empty()
                    : repositoryService.getDeploymentResourceNames(deploymentId).stream()
                    .filter(n -> type.equals(typeOf(n))).findFirst();
            if (name.isPresent()) {
                try (InputStream in = repositoryService.getResourceAsStream(deploymentId, name.get())) {
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
        Matcher m = RESOURCE.matcher(resourceName.replace('\\', '/'));
        return m.matches() ? m.group(1) : null;
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
