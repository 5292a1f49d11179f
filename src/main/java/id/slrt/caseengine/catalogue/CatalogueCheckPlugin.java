package id.slrt.caseengine.catalogue;

import id.slrt.caseengine.platform.EngineLists;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks the service catalogue where the engine deploys it, like the diagrams (whichever door: auto-deployment,
 * Camunda Modeler, REST): a new deployment holding the decision {@code serviceProcess} is refused as a whole when
 * an entry names a PPKS type, document kind, agency or letter that does not exist ({@link CatalogueCheck}). The
 * reference tables come from the same deployment when it holds them, otherwise from their deployed version.
 */
@Component
public class CatalogueCheckPlugin extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueCheckPlugin.class);

    private final ObjectProvider<JdbcClient> jdbc;
    private final CatalogueProperties properties;
    private ProcessEngineConfigurationImpl configuration;

    public CatalogueCheckPlugin(ObjectProvider<JdbcClient> jdbc, CatalogueProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
        configuration.setCustomPreDeployers(EngineLists.with(configuration.getCustomPreDeployers(), this::check));
    }

    private void check(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return;
        }
        Map<String, byte[]> dmns = new LinkedHashMap<>();
        deployment.getResources().forEach((name, resource) -> {
            if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
                dmns.put(name, resource.getBytes());
            }
        });
        Optional<List<Map<String, String>>> catalogue = find(dmns, ServiceRouting.DECISION);
        if (catalogue.isEmpty()) {
            return;
        }
        CatalogueCheck.References known = new CatalogueCheck.References(
                inputCodes(dmns, PpksTypes.DECISION), inputCodes(dmns, DocumentKinds.DECISION), agencies(), letters());
        List<String> problems = CatalogueCheck.problems(catalogue.get(), known);
        if (!problems.isEmpty()) {
            throw new BadUserRequestException("Deployment ditolak, " + problems.size() + " masalah katalog layanan:\n- "
                    + String.join("\n- ", problems));
        }
    }

    private static Optional<List<Map<String, String>>> find(Map<String, byte[]> dmns, String decision) {
        return dmns.values().stream().map(bytes -> CatalogueCheck.rows(bytes, decision)).flatMap(Optional::stream)
                .findFirst();
    }

    /** The input codes of a reference table: from this deployment, else the latest deployed version. */
    private Set<String> inputCodes(Map<String, byte[]> dmns, String decision) {
        Optional<List<Map<String, String>>> rows = find(dmns, decision);
        if (rows.isEmpty()) {
            rows = deployed(decision);
        }
        return rows.orElse(List.of()).stream().map(row -> row.get("")).filter(c -> c != null)
                .collect(Collectors.toSet());
    }

    private Optional<List<Map<String, String>>> deployed(String decision) {
        CommandContext context = Context.getCommandContext();
        boolean checking = context != null && context.isAuthorizationCheckEnabled();
        if (checking) {
            context.disableAuthorizationCheck();
        }
        try {
            DecisionDefinition definition = configuration.getRepositoryService().createDecisionDefinitionQuery()
                    .decisionDefinitionKey(decision).withoutTenantId().latestVersion().singleResult();
            if (definition == null) {
                return Optional.empty();
            }
            try (InputStream model = configuration.getRepositoryService().getDecisionModel(definition.getId())) {
                return CatalogueCheck.rows(model.readAllBytes(), decision);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read decision " + decision, e);
        } finally {
            if (checking) {
                context.enableAuthorizationCheck();
            }
        }
    }

    private Set<String> agencies() {
        return new HashSet<>(jdbc.getObject().sql("select code from slrt.agency").query(String.class).list());
    }

    /** Letter codes with a template; empty when there is no letters folder at all. */
    private Optional<Set<String>> letters() {
        Set<String> codes = new HashSet<>();
        boolean folder = false;
        try {
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            for (Resource dir : resolver.getResources("classpath*:letters/")) {
                folder |= dir.exists();
            }
            for (Resource template : resolver.getResources("classpath*:letters/*.html")) {
                folder = true;
                codes.add(code(template.getFilename()));
            }
            String extra = properties.getLettersDir();
            if (extra != null && !extra.isBlank() && Files.isDirectory(Path.of(extra))) {
                folder = true;
                try (Stream<Path> files = Files.list(Path.of(extra))) {
                    files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html"))
                            .map(CatalogueCheckPlugin::code).forEach(codes::add);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list the letter templates", e);
        }
        if (!folder) {
            LOG.info("No letters folder: the service catalogue's letters are not checked");
            return Optional.empty();
        }
        return Optional.of(codes);
    }

    private static String code(String fileName) {
        return fileName.substring(0, fileName.length() - ".html".length());
    }
}
