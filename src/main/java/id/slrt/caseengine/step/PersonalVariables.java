package id.slrt.caseengine.step;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The process variables of a process version that hold personal data a step moves into the case file (a NIK a
 * caseworker typed, a family contact's phone): read from the diagram, where each such step names them through the
 * inputs its contract declares ({@link GenericStep#personalData()}).
 */
@Component
public class PersonalVariables {

    private static final java.util.regex.Pattern BEAN = java.util.regex.Pattern.compile("\\$\\{\\s*(\\w+)\\s*}");

    private final ApplicationContext context;
    private final ObjectProvider<RepositoryService> repository;
    private final Map<String, Set<String>> byDefinition = new ConcurrentHashMap<>();

    public PersonalVariables(ApplicationContext context, ObjectProvider<RepositoryService> repository) {
        this.context = context;
        this.repository = repository;
    }

    public Set<String> of(String processDefinitionId) {
        if (processDefinitionId == null) {
            return Set.of();
        }
        return byDefinition.computeIfAbsent(processDefinitionId, this::read);
    }

    private Set<String> read(String processDefinitionId) {
        Set<String> names = new HashSet<>();
        for (ServiceTask task : repository.getObject().getBpmnModelInstance(processDefinitionId)
                .getModelElementsByType(ServiceTask.class)) {
            var bean = task.getCamundaDelegateExpression() == null ? null
                    : BEAN.matcher(task.getCamundaDelegateExpression());
            if (bean == null || !bean.matches() || !context.containsBean(bean.group(1))) {
                continue;
            }
            GenericStep step = context.findAnnotationOnBean(bean.group(1), GenericStep.class);
            if (step == null) {
                continue;
            }
            Map<String, String> inputs = new java.util.HashMap<>();
            if (task.getExtensionElements() != null) {
                for (CamundaInputOutput io : task.getExtensionElements().getChildElementsByType(CamundaInputOutput.class)) {
                    for (CamundaInputParameter input : io.getCamundaInputParameters()) {
                        inputs.put(input.getCamundaName(), input.getTextContent().strip());
                    }
                }
            }
            for (String declared : step.personalData()) {
                String[] inputAndDefault = declared.split("=", 2);
                String configured = inputs.get(inputAndDefault[0]);
                names.add(configured != null && !configured.isEmpty() ? configured : inputAndDefault[1]);
            }
        }
        return Set.copyOf(names);
    }
}
