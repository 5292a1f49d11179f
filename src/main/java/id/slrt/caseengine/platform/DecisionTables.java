package id.slrt.caseengine.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * Evaluates the latest deployed version of a DMN decision with a standalone DMN engine, without writing
 * decision history (used for lookups on hot paths such as intake routing and SLA targets).
 * An analyst's redeployment takes effect on the next call.
 */
@Component
public class DecisionTables {

    private final ProcessEngine engine;
    private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

    public DecisionTables(ProcessEngine engine) {
        this.engine = engine;
    }

    public List<Map<String, Object>> evaluate(String decisionKey, Map<String, Object> variables) {
        DecisionDefinition definition = latest(decisionKey);
        DmnDecision decision = parsed.computeIfAbsent(definition.getId(), id -> parse(definition));
        DmnDecisionResult result = dmn.evaluateDecision(decision, variables);
        return result.getResultList();
    }

    /**
     * The literal string values of one input column over all rules, in rule order (for example the service
     * types a routing table knows). Entries that are not a single quoted string are skipped.
     */
    public List<String> stringInputEntries(String decisionKey, int inputIndex) {
        DecisionDefinition definition = latest(decisionKey);
        try (InputStream model = engine.getRepositoryService().getDecisionModel(definition.getId())) {
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
        DecisionDefinition definition = engine.getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(decisionKey).withoutTenantId().latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalStateException("Decision '" + decisionKey + "' is not deployed");
        }
        return definition;
    }

    private DmnDecision parse(DecisionDefinition definition) {
        try (InputStream model = engine.getRepositoryService().getDecisionModel(definition.getId())) {
            return dmn.parseDecision(definition.getKey(), model);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read decision " + definition.getKey(), e);
        }
    }
}
