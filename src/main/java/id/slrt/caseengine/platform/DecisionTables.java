package id.slrt.caseengine.platform;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.ElProviderCompatible;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * Evaluates the latest deployed version of a DMN decision with a standalone DMN engine, without writing
 * decision history, for lookups on hot paths (intake routing and requirements, SLA targets, categories).
 *
 * <p>FEEL evaluation is costly, so results are memoised per decision version and input values: the tables used
 * here must depend on their inputs only (no {@code today()}). Which version is the latest is re-read at most
 * every {@code slrt.decisions.latest-cache} (default 10 s) and at once after a deployment on this node, so an
 * analyst's new version takes effect within seconds.
 */
@Component
public class DecisionTables {

    private static final int MAX_MEMOISED_RESULTS = 10_000;

    private record Latest(DecisionDefinition definition, long readAt, long generation) {
    }

    private final ProcessEngine engine;
    private final DeploymentGeneration deployments;
    private final long latestCacheMillis;
    private final DmnEngine dmn;
    private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();
    private final Map<String, Latest> latest = new ConcurrentHashMap<>();
    private final Map<String, List<Map<String, Object>>> results = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<Map<String, Object>>> eldest) {
                    return size() > MAX_MEMOISED_RESULTS;
                }
            });

    public DecisionTables(ProcessEngine engine, DeploymentGeneration deployments,
                          PlatformProperties properties) {
        this.engine = engine;
        this.deployments = deployments;
        // JUEL in a table is evaluated by the engine's sandboxed expression manager, as in a business rule task;
        // no script language is available.
        this.dmn = ((DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration())
                .elProvider(((ElProviderCompatible) ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                        .getExpressionManager()).toElProvider())
                .scriptEngineResolver(language -> null)
                .buildEngine();
        this.latestCacheMillis = properties.getDecisions().getLatestCache().toMillis();
    }

    public List<Map<String, Object>> evaluate(String decisionKey, Map<String, Object> variables) {
        DecisionDefinition definition = latest(decisionKey);
        String key = definition.getId() + new TreeMap<>(variables);
        List<Map<String, Object>> cached = results.get(key);
        if (cached != null) {
            return cached;
        }
        DmnDecision decision = parsed.computeIfAbsent(definition.getId(), id -> parse(definition));
        DmnDecisionResult result = dmn.evaluateDecision(decision, variables);
        List<Map<String, Object>> rows = result.getResultList().stream()
                .map(row -> Collections.unmodifiableMap(new LinkedHashMap<>(row)))
                .toList();
        results.put(key, rows);
        return rows;
    }



    /**
     * The literal string values of one input column over all rules, in rule order (for example the service
     * types a routing table knows). Entries that are not a single quoted string are skipped.
     */
    public List<String> stringInputEntries(String decisionKey, int inputIndex) {
        DecisionDefinition definition = latest(decisionKey);
        try (InputStream model = AsSystem.call(engine.getIdentityService(),
                () -> engine.getRepositoryService().getDecisionModel(definition.getId()))) {
            DmnModelInstance dmnModel = Dmn.readModelFromStream(model);
            DecisionTable table = (DecisionTable) dmnModel.getModelElementById(definition.getKey())
                    .getChildElementsByType(DecisionTable.class).iterator().next();
            List<String> values = new ArrayList<>();
            for (Rule rule : table.getRules()) {
                String text = new ArrayList<>(rule.getInputEntries()).get(inputIndex).getTextContent().trim();
                if (text.matches("\"[^\"]*\"")) {
                    values.add(text.substring(1, text.length() - 1));
                }
            }
            return values;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read decision " + decisionKey, e);
        }
    }

    private DecisionDefinition latest(String decisionKey) {
        return AsSystem.call(engine.getIdentityService(), () -> latestAsSystem(decisionKey));
    }

    private DecisionDefinition latestAsSystem(String decisionKey) {
        long now = System.currentTimeMillis();
        long generation = deployments.current();
        Latest known = latest.get(decisionKey);
        if (known != null && known.generation() == generation && now - known.readAt() < latestCacheMillis) {
            return known.definition();
        }
        DecisionDefinition definition = engine.getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(decisionKey).withoutTenantId().latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalStateException("Decision '" + decisionKey + "' is not deployed");
        }
        latest.put(decisionKey, new Latest(definition, now, generation));
        return definition;
    }

    private DmnDecision parse(DecisionDefinition definition) {
        try (InputStream model = AsSystem.call(engine.getIdentityService(),
                () -> engine.getRepositoryService().getDecisionModel(definition.getId()))) {
            return dmn.parseDecision(definition.getKey(), model);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read decision " + definition.getKey(), e);
        }
    }
}
