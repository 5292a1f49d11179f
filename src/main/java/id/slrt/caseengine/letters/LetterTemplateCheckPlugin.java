package id.slrt.caseengine.letters;

import id.slrt.caseengine.platform.EngineLists;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.springframework.stereotype.Component;

/**
 * Checks the letter templates of every new deployment, like forms are checked: a template with an unknown field or
 * a forbidden construct ({@link LetterTemplateRules}), a badly named template, and an {@code issueLetter} step whose
 * letter type has no template (neither in the deployment nor shipped with the application) refuse the deployment,
 * with every problem listed.
 */
@Component
public class LetterTemplateCheckPlugin extends AbstractProcessEnginePlugin {

    private final LetterTemplates templates;

    public LetterTemplateCheckPlugin(LetterTemplates templates) {
        this.templates = templates;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreDeployers(EngineLists.with(configuration.getCustomPreDeployers(), this::check));
    }

    private void check(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        Set<String> deployedTypes = new HashSet<>();
        deployment.getResources().forEach((name, resource) -> {
            String clean = name.endsWith("]") ? name.substring(0, name.length() - 1) : name;
            if (!clean.endsWith(".html")) {
                return;
            }
            String type = LetterTemplates.typeOf(name);
            String file = clean.substring(clean.lastIndexOf('/') + 1);
            if (type == null || !LetterTemplates.TYPE.matcher(type).matches()) {
                problems.add(name + ": templat surat harus berada di folder letters/ (atau tanpa folder) dan "
                        + "bernama huruf kecil, angka dan tanda hubung (misalnya letters/surat-rujukan.html)");
                return;
            }
            deployedTypes.add(type);
            problems.addAll(LetterTemplateRules.problems(file, resource.getBytes()));
        });
        deployment.getResources().forEach((name, resource) -> {
            if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
                problems.addAll(missingTemplates(name.substring(name.lastIndexOf('/') + 1), resource.getBytes(),
                        deployedTypes));
            }
        });
        if (!problems.isEmpty()) {
            throw new BadUserRequestException("Deployment ditolak, " + problems.size() + " masalah:\n- "
                    + String.join("\n- ", problems));
        }
    }

    private List<String> missingTemplates(String file, byte[] bytes, Set<String> deployedTypes) {
        List<String> problems = new ArrayList<>();
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
        } catch (RuntimeException e) {
            return problems; // the contract check reports unreadable diagrams
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            if (!IssueLetterDelegate.EXPRESSION.equals(task.getCamundaDelegateExpression())) {
                continue;
            }
            for (CamundaInputParameter input : model.getModelElementsByType(CamundaInputParameter.class)) {
                if (input.getParentElement().getParentElement().getParentElement() != task
                        || !"letterType".equals(input.getCamundaName())) {
                    continue;
                }
                String type = input.getTextContent() == null ? "" : input.getTextContent().strip();
                // A type read from a variable (the service catalogue's letter) is checked where it is written:
                // the catalogue's deploy-time check refuses an entry whose letter has no template.
                if (type.startsWith("${")) {
                    continue;
                }
                if (!deployedTypes.contains(type) && !templates.isBundled(type)) {
                    problems.add(file + " (" + task.getId() + "): jenis surat '" + type + "' tidak memiliki templat "
                            + "letters/" + type + ".html; sertakan templatnya dalam deployment");
                }
            }
        }
        return problems;
    }
}
