package id.slrt.caseengine.platform;

import id.slrt.caseengine.casefile.CaseStepTracker;
import id.slrt.caseengine.casefile.ReassignmentTracker;
import id.slrt.caseengine.forms.FormSubmissionValidator;
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
 * Adds the project's built-in listeners to every user task of every deployed diagram, so diagrams need none
 * of their own: the server-side form check on completion, a reassignment that sticks (extension property
 * {@code assigneeVariable}, see {@link ReassignmentTracker}), then the case-file step tracking.
 */
@Component
public class UserTaskListenersPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<FormSubmissionValidator> formValidator;
    private final ObjectProvider<CaseStepTracker> tracker;
    private final ObjectProvider<ReassignmentTracker> reassignments;

    public UserTaskListenersPlugin(ObjectProvider<FormSubmissionValidator> formValidator,
                                   ObjectProvider<CaseStepTracker> tracker,
                                   ObjectProvider<ReassignmentTracker> reassignments) {
        this.formValidator = formValidator;
        this.tracker = tracker;
        this.reassignments = reassignments;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // Beans are looked up on first use: they depend on services of the engine this plugin configures.
        TaskListener validate = (DelegateTask task) -> formValidator.getObject().notify(task);
        TaskListener track = (DelegateTask task) -> tracker.getObject().notify(task);
        TaskListener reassign = (DelegateTask task) -> reassignments.getObject().notify(task);
        BpmnParseListener addListeners = new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, validate);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, track);
                // Before tracking: a refused reassignment changes nothing in the case file.
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, reassign);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, track);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, track);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, track);
            }
        };
        configuration.setCustomPostBPMNParseListeners(
                EngineLists.with(configuration.getCustomPostBPMNParseListeners(), addListeners));
    }
}
