package id.slrt.caseengine.platform;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds the features' {@link BuiltInTaskListener}s to every user task of every deployed diagram, so diagrams need
 * none of their own.
 */
@Component
public class UserTaskListenersPlugin extends AbstractProcessEnginePlugin {

    static final List<String> EVENTS = List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
            TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE);

    private final ObjectProvider<BuiltInTaskListener> listeners;
    private final Map<String, List<BuiltInTaskListener>> byEvent = new ConcurrentHashMap<>();

    public UserTaskListenersPlugin(ObjectProvider<BuiltInTaskListener> listeners) {
        this.listeners = listeners;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        BpmnParseListener addListeners = new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                for (String event : EVENTS) {
                    definition.addBuiltInTaskListener(event, (DelegateTask task) -> dispatch(event, task));
                }
            }
        };
        configuration.setCustomPostBPMNParseListeners(
                EngineLists.with(configuration.getCustomPostBPMNParseListeners(), addListeners));
    }

    /** Beans are looked up on first use: they depend on services of the engine this plugin configures. */
    private void dispatch(String event, DelegateTask task) {
        List<BuiltInTaskListener> forEvent = byEvent.computeIfAbsent(event, e -> listeners.orderedStream()
                .filter(l -> l.events().contains(e))
                .sorted(Comparator.comparingInt(BuiltInTaskListener::order))
                .toList());
        for (BuiltInTaskListener listener : forEvent) {
            listener.notify(task);
        }
    }
}
