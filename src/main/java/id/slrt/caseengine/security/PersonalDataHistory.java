package id.slrt.caseengine.security;

import id.slrt.caseengine.step.PersonalVariables;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps personal data that belongs in the case file out of the engine's history: Camunda keeps the value of a
 * removed variable in {@code ACT_HI_VARINST} and every submitted form value in {@code ACT_HI_DETAIL}, so a NIK a
 * caseworker typed into a task form would stay there after its step moved it into the case file. For the
 * variables a diagram names as such ({@link PersonalVariables}) history records that the variable existed, with
 * no value.
 */
@Component
public class PersonalDataHistory extends AbstractProcessEnginePlugin {

    private final ObjectProvider<PersonalVariables> personal;

    public PersonalDataHistory(ObjectProvider<PersonalVariables> personal) {
        this.personal = personal;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        HistoryEventHandler writer = configuration.getHistoryEventHandler();
        configuration.setHistoryEventHandler(new HistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                blank(event);
                writer.handleEvent(event);
            }

            @Override
            public void handleEvents(List<HistoryEvent> events) {
                events.forEach(PersonalDataHistory.this::blank);
                writer.handleEvents(events);
            }
        });
    }

    void blank(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable
                && isPersonal(event.getProcessDefinitionId(), variable.getVariableName())) {
            variable.setSerializerName(ValueType.NULL.getName());
            variable.setTextValue(null);
            variable.setTextValue2(null);
            variable.setLongValue(null);
            variable.setDoubleValue(null);
            variable.setByteValue(null);
        } else if (event instanceof HistoricFormPropertyEventEntity property
                && isPersonal(event.getProcessDefinitionId(), property.getPropertyId())) {
            property.setPropertyValue(null);
        }
    }

    private boolean isPersonal(String processDefinitionId, String name) {
        return processDefinitionId != null && personal.getObject().of(processDefinitionId).contains(name);
    }
}
