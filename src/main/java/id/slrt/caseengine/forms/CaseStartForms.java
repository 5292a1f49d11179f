package id.slrt.caseengine.forms;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The intake's side of a start-form submission: a process that opens a case (its diagram registers one) is not
 * started by the engine from the submitted values; the intake opens the case from them instead, so its personal
 * data go into the case file and never become process variables, and the binding to the case file is made by the
 * server alone.
 */
public interface CaseStartForms {

    boolean opensCase(String processDefinitionId);

    ProcessInstance open(String processDefinitionId, String businessKey, Map<String, Object> values);

    /** The deployed start form as shown to staff (options filled in from reference tables). */
    default java.io.InputStream startForm(String processDefinitionId, java.io.InputStream deployed) {
        return deployed;
    }
}
