package id.slrt.caseengine.survey;

import id.slrt.caseengine.platform.DecisionTables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** How to invite the citizen of a closed case: the DMN table {@code surveyInvitation} in {@code bpmn/survey-invitation.dmn}. */
@Component
public class InvitationPolicy {

    public static final String DECISION = "surveyInvitation";

    public enum Delivery { LINK, PRINTED_CODE, NONE }

    public record Decision(Delivery delivery, String sendChannel) {
    }

    private final DecisionTables decisions;

    public InvitationPolicy(DecisionTables decisions) {
        this.decisions = decisions;
    }

    public Decision decide(String caseChannel, boolean hasPhone, String serviceType) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("caseChannel", caseChannel);
        inputs.put("hasPhone", hasPhone);
        inputs.put("serviceType", serviceType);
        List<Map<String, Object>> rows = decisions.evaluate(DECISION, inputs);
        if (rows.isEmpty()) {
            return new Decision(Delivery.PRINTED_CODE, null);
        }
        Map<String, Object> row = rows.get(0);
        Delivery delivery = Delivery.valueOf((String) row.get("delivery"));
        String channel = (String) row.get("sendChannel");
        if (delivery == Delivery.LINK && (channel == null || !hasPhone)) {
            throw new IllegalStateException("Decision " + DECISION + " chose a link without a send channel or phone"
                    + " for channel " + caseChannel + "; fix the table in bpmn/survey-invitation.dmn");
        }
        return new Decision(delivery, channel);
    }
}
