package id.slrt.caseengine.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Checks {@link CoversEveryPath} after the last test of a class. */
public class PathCoverageExtension implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        PathCoverageRecorder.VISITED.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        CoversEveryPath annotation = context.getRequiredTestClass().getAnnotation(CoversEveryPath.class);
        RepositoryService repository = SpringExtension.getApplicationContext(context).getBean(RepositoryService.class);
        List<String> missing = new ArrayList<>();
        for (String key : annotation.value()) {
            String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                    .latestVersion().singleResult().getId();
            BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);
            TreeSet<String> expected = new TreeSet<>();
            model.getModelElementsByType(FlowNode.class).forEach(node -> expected.add(node.getId()));
            model.getModelElementsByType(SequenceFlow.class).forEach(flow -> expected.add(flow.getId()));
            // The engine takes no listener-visible transition out of an event-based gateway: the event that
            // fired (its target) stands for the flow to it.
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                if (flow.getSource() instanceof org.camunda.bpm.model.bpmn.instance.EventBasedGateway
                        && PathCoverageRecorder.VISITED.contains(key + "#" + flow.getTarget().getId())) {
                    PathCoverageRecorder.VISITED.add(key + "#" + flow.getId());
                }
            }
            for (String element : expected) {
                if (!PathCoverageRecorder.VISITED.contains(key + "#" + element)) {
                    missing.add(key + "#" + element);
                }
            }
        }
        assertThat(missing).as("flow nodes and sequence flows no test of %s reached",
                context.getRequiredTestClass().getSimpleName()).isEmpty();
    }
}
