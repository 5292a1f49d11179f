package id.slrt.caseengine.integration;

import java.util.Map;

/** What a stand-in answers for one external task: complete with variables, or a BPMN error the diagram catches. */
public sealed interface StandInOutcome {

    record Complete(Map<String, Object> variables) implements StandInOutcome {
    }

    record BpmnError(String errorCode, String message, Map<String, Object> variables) implements StandInOutcome {
    }

    static StandInOutcome complete(Map<String, Object> variables) {
        return new Complete(variables);
    }

    static StandInOutcome error(String errorCode, String message) {
        return new BpmnError(errorCode, message, Map.of());
    }
}
