package id.slrt.caseengine.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import jakarta.annotation.PostConstruct;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the office's groups and what each may do in the engine (authorization checks are on). Runs on
 * every start and adds what is missing, so an administrator's additions survive; it also withdraws, from the
 * groups' own "any resource" grants, the few permissions earlier versions gave and the access model no longer
 * does ({@link #withdrawRetiredPermissions}). {@code EngineRestAccessMatrixTest} runs every role against every
 * state-changing engine REST route; {@code docs/security.md} lists who may do what.
 */
@Component
@Order(10)
public class AccessModelInitializer {

    private static final Logger log = LoggerFactory.getLogger(AccessModelInitializer.class);

    private final IdentityService identity;
    private final AuthorizationService authorizations;

    public AccessModelInitializer(IdentityService identity, AuthorizationService authorizations) {
        this.identity = identity;
        this.authorizations = authorizations;
    }

    @PostConstruct
    public void createGroupsAndPermissions() {
        for (String group : id.slrt.caseengine.system.Groups.ALL) {
            ensureGroup(group);
        }
        String frontOffice = id.slrt.caseengine.system.Groups.FRONT_OFFICE;
        String caseworker = id.slrt.caseengine.system.Groups.CASEWORKER;
        String supervisor = id.slrt.caseengine.system.Groups.SUPERVISOR;
        String analyst = id.slrt.caseengine.system.Groups.ANALYST;
        String opd = id.slrt.caseengine.system.Groups.OPD_LIAISON;

        for (String group : List.of(frontOffice, caseworker, supervisor, opd)) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        }
        for (String group : List.of(frontOffice, caseworker, supervisor)) {
            // Starting a service from a Tasklist start form.
            grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.CREATE_INSTANCE);
            grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        }
        grant(supervisor, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        // Supervisors read every task and case of their regencies and reassign them (assignee, delegation,
        // candidates, due date and priority: TASK_ASSIGN); they work the tasks offered to them like anyone (TASK_WORK
        // as candidates), but neither complete a caseworker's task nor write its variables (no UPDATE).
        grant(supervisor, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.TASK_ASSIGN);
        grant(supervisor, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grant(supervisor, Resources.TASK, ANY, Permissions.READ, TaskPermissions.TASK_ASSIGN);
        grant(supervisor, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        grant(supervisor, Resources.DEPLOYMENT, ANY, Permissions.READ);
        // Assigning and reassigning staff (Tasklist's assignee picker, the requireGroupMember step) reads users.
        grant(supervisor, Resources.USER, ANY, Permissions.READ);

        // Analysts deploy and read. Suspending, deleting and re-timing definitions and deployments is the
        // administrator's: SUSPEND and UPDATE on a process definition also suspend and re-prioritise its job
        // definitions (every new case's deadline timers), DELETE with cascade ends every case started on it.
        grant(analyst, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(analyst, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ);
        grant(analyst, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        grant(analyst, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        grant(analyst, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        withdrawRetiredPermissions(supervisor, analyst);
        narrowEngineGrants();

        for (Resource resource : Resources.values()) {
            grant(id.slrt.caseengine.system.Groups.ADMIN, resource, ANY, Permissions.ALL);
        }
    }

    /**
     * Takes back what earlier versions of this model granted and it no longer does, from the group's own grant on
     * all resources of the type (an administrator's grants to single resources, users or other groups stay).
     */
    void withdrawRetiredPermissions(String supervisor, String analyst) {
        withdraw(supervisor, Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.UPDATE_TASK);
        withdraw(supervisor, Resources.TASK, Permissions.UPDATE);
        withdraw(analyst, Resources.DEPLOYMENT, Permissions.DELETE);
        withdraw(analyst, Resources.PROCESS_DEFINITION, Permissions.UPDATE, Permissions.DELETE,
                ProcessDefinitionPermissions.SUSPEND);
        withdraw(analyst, Resources.DECISION_DEFINITION, Permissions.UPDATE);
    }

    /**
     * The grants the engine made on its own before {@link OfficeAuthorizationProvider}: ALL on a user's own account
     * becomes read and update, and a deployer's DELETE on their deployment goes.
     */
    void narrowEngineGrants() {
        for (Authorization own : authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .resourceType(Resources.USER).list()) {
            if (own.getUserId() != null && own.getUserId().equals(own.getResourceId())
                    && own.isPermissionGranted(Permissions.DELETE)) {
                own.setPermissions(new Permission[] {Permissions.READ, Permissions.UPDATE});
                authorizations.saveAuthorization(own);
            }
        }
        for (Authorization deployer : authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .resourceType(Resources.DEPLOYMENT).list()) {
            if (deployer.getUserId() != null && !ANY.equals(deployer.getResourceId())
                    && deployer.isPermissionGranted(Permissions.DELETE)) {
                deployer.removePermission(Permissions.DELETE);
                authorizations.saveAuthorization(deployer);
            }
        }
    }

    private void withdraw(String groupId, Resource resource, Permission... permissions) {
        Authorization authorization = authorizations.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
                .resourceType(resource).resourceId(ANY).singleResult();
        if (authorization == null) {
            return;
        }
        boolean changed = false;
        for (Permission permission : permissions) {
            if (authorization.isPermissionGranted(permission)) {
                authorization.removePermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(authorization);
            log.info("Withdrew {} on {} from group {}", List.of(permissions), resource.resourceName(), groupId);
        }
    }

    private void ensureGroup(String groupId) {
        if (identity.createGroupQuery().groupId(groupId).count() > 0) {
            return;
        }
        Group group = identity.newGroup(groupId);
        group.setName(id.slrt.caseengine.system.Groups.displayName(groupId));
        group.setType(groupId.equals(id.slrt.caseengine.system.Groups.ADMIN)
                ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
        identity.saveGroup(group);
        log.info("Created group {}", groupId);
    }

    void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing;
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean changed = existing == null;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(authorization);
        }
    }
}
