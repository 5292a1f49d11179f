package id.slrt.caseengine.casefile;

import id.slrt.caseengine.platform.EngineLists;
import id.slrt.caseengine.step.CaseContext;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * A case process (one whose diagram registers a case) only starts when the intake opens a case for it: a built-in
 * listener on the process's start refuses every other start, including those that never reach the registerCase
 * step, such as a start at an activity ({@code startInstructions}) or a restart of a cancelled instance. Built-in,
 * so skipping custom listeners does not skip it.
 */
@Component
public class CaseBindingGuard extends AbstractProcessEnginePlugin {

    static final ExecutionListener ONLY_THROUGH_INTAKE = execution -> {
        Long caseId = CaseContext.caseIdOrNull(execution);
        if (caseId == null || !CaseBinding.isOpening(caseId)) {
            throw new BadUserRequestException(RegisterCaseDelegate.NOT_THROUGH_INTAKE);
        }
    };

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPostBPMNParseListeners(EngineLists.with(
                configuration.getCustomPostBPMNParseListeners(), new AbstractBpmnParseListener() {
                    @Override
                    public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                        String delegate = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "delegateExpression");
                        if ("${registerCase}".equals(delegate) && !activity.getProcessDefinition()
                                .getBuiltInListeners(ExecutionListener.EVENTNAME_START).contains(ONLY_THROUGH_INTAKE)) {
                            activity.getProcessDefinition().addBuiltInListener(ExecutionListener.EVENTNAME_START,
                                    ONLY_THROUGH_INTAKE);
                        }
                    }
                }));
    }
}
