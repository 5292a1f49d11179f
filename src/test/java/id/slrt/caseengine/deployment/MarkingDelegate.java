package id.slrt.caseengine.deployment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A Java class delegate an administrator may deploy ({@code camunda:class}); it marks the process it ran in. */
public class MarkingDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("markedByClassDelegate", true);
    }
}
