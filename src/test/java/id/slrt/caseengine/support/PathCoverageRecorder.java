package id.slrt.caseengine.support;

import id.slrt.caseengine.platform.EngineLists;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records, for the tests, every flow node entered and every sequence flow taken, by process key. The process
 * test coverage library draws the reports; {@link CoversEveryPath} uses these records to fail a process test
 * class that leaves a node or a flow of its diagram unvisited.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PathCoverageRecorder {

    static final Set<String> VISITED = ConcurrentHashMap.newKeySet();

    @Bean
    AbstractProcessEnginePlugin pathCoveragePlugin() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                BpmnParseListener instrumentProcesses = new AbstractBpmnParseListener() {
                    @Override
                    public void parseProcess(Element element, ProcessDefinitionEntity definition) {
                        instrument(definition.getKey(), definition);
                    }
                };
                configuration.setCustomPostBPMNParseListeners(
                        EngineLists.with(configuration.getCustomPostBPMNParseListeners(), instrumentProcesses));
            }
        };
    }

    static void instrument(String key, ScopeImpl scope) {
        for (ActivityImpl activity : scope.getActivities()) {
            String nodeId = activity.getId();
            activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, execution -> VISITED.add(key + "#" + nodeId));
            for (var outgoing : activity.getOutgoingTransitions()) {
                TransitionImpl transition = (TransitionImpl) outgoing;
                String flowId = transition.getId();
                transition.addListener(ExecutionListener.EVENTNAME_TAKE, execution -> VISITED.add(key + "#" + flowId));
            }
            instrument(key, activity);
        }
    }
}
