package id.slrt.caseengine.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import id.slrt.caseengine.system.Groups;
import jakarta.annotation.PostConstruct;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * Lets the groups that work cases read the variables of the service processes they work, so Tasklist's filter
 * columns (registration number, service, region) and the read-only fields of task forms are filled: READ_INSTANCE
 * on the process definition of every service in {@code service-routing.dmn}, except the services whose cases are
 * restricted ({@code slrt.case-access.restricted-service-types}, children's cases), whose variables only the
 * assigned caseworker (through the task) and supervisors read. Regional scoping (tenants) still applies on top.
 * Runs at start-up and adds what is missing; a service added later gets its grant at the next start (or in Admin).
 */
@Component
@DependsOn("accessModelInitializer")
public class CaseVariableAccess {

    static final String ROUTING_DECISION = "serviceProcess";
    static final List<String> GROUPS = List.of(Groups.CASEWORKER, Groups.FRONT_OFFICE);
    private static final Logger log = LoggerFactory.getLogger(CaseVariableAccess.class);

    private final RepositoryService repository;
    private final AuthorizationService authorizations;
    private final Set<String> restrictedServiceTypes;

    public CaseVariableAccess(RepositoryService repository, AuthorizationService authorizations,
                              SecurityProperties properties) {
        this.repository = repository;
        this.authorizations = authorizations;
        this.restrictedServiceTypes = properties.getCaseAccess().restrictedTypes();
    }

    @PostConstruct
    public void grantReadOfServiceProcesses() {
        processKeysByServiceType().forEach((serviceType, processKey) -> {
            if (restrictedServiceTypes.contains(serviceType)) {
                return;
            }
            for (String group : GROUPS) {
                grantReadInstance(group, processKey);
            }
        });
    }

    /** Service type to process key, from the rules of the deployed routing table. */
    Map<String, String> processKeysByServiceType() {
        DecisionDefinition routing = repository.createDecisionDefinitionQuery().decisionDefinitionKey(ROUTING_DECISION)
                .withoutTenantId().latestVersion().singleResult();
        Map<String, String> keys = new LinkedHashMap<>();
        if (routing == null) {
            log.warn("No decision {} deployed: no service process variables are readable for caseworkers", ROUTING_DECISION);
            return keys;
        }
        DmnModelInstance model = repository.getDmnModelInstance(routing.getId());
        for (Rule rule : model.getModelElementsByType(Rule.class)) {
            String serviceType = unquote(rule.getInputEntries().iterator().next().getText().getTextContent());
            String processKey = unquote(rule.getOutputEntries().iterator().next().getText().getTextContent());
            if (serviceType != null && processKey != null) {
                keys.put(serviceType, processKey);
            }
        }
        return keys;
    }

    private void grantReadInstance(String group, String processKey) {
        Authorization authorization = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(group).resourceType(Resources.PROCESS_DEFINITION).resourceId(processKey).singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(Resources.PROCESS_DEFINITION);
            authorization.setResourceId(processKey);
        } else if (authorization.isPermissionGranted(ProcessDefinitionPermissions.READ_INSTANCE)) {
            return;
        }
        authorization.addPermission(ProcessDefinitionPermissions.READ_INSTANCE);
        authorizations.saveAuthorization(authorization);
    }

    /** The value of a FEEL string literal such as {@code "COMPLAINT"}; null for anything else. */
    private static String unquote(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") && t.indexOf('"', 1) == t.length() - 1
                ? t.substring(1, t.length() - 1) : null;
    }
}
