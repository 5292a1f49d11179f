package id.slrt.caseengine.security.region;

import id.slrt.caseengine.platform.AsSystem;
import id.slrt.caseengine.platform.BuiltInTaskListener;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * District scoping in the engine (Tasklist, the engine REST API): the regency tenant lets every candidate of the
 * regency see a task, so each new task of a case gets a user REVOKE of reading and working it for the
 * district-scoped staff of that regency whose districts do not include the case's (a user's revoke outweighs the
 * grant their group has as candidate). The engine removes these with the task.
 */
@Component
class DistrictTaskScoping implements BuiltInTaskListener {

    private final JdbcClient jdbc;
    private final ObjectProvider<AuthorizationService> authorizations;
    private final ObjectProvider<IdentityService> identity;
    private final ObjectProvider<org.camunda.bpm.engine.TaskService> taskService;

    DistrictTaskScoping(JdbcClient jdbc, ObjectProvider<AuthorizationService> authorizations,
                        ObjectProvider<IdentityService> identity,
                        ObjectProvider<org.camunda.bpm.engine.TaskService> taskService) {
        this.taskService = taskService;
        this.jdbc = jdbc;
        this.authorizations = authorizations;
        this.identity = identity;
    }

    @Override
    public Set<String> events() {
        return Set.of(TaskListener.EVENTNAME_CREATE);
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void notify(DelegateTask task) {
        String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        List<Map<String, Object>> found = jdbc.sql("""
                        select region_code, district_code from slrt.case_file
                         where process_instance_id = ? or registration_number = ? limit 1""")
                .params(task.getProcessInstanceId(), businessKey).query().listOfRows();
        if (found.isEmpty()) {
            return;
        }
        String regency = (String) found.get(0).get("region_code");
        String district = (String) found.get(0).get("district_code");
        // Staff assigned to districts of this regency, none of them the case's.
        List<String> outside = jdbc.sql("""
                        select user_id from slrt.staff_district
                         where district_code like ? || '%'
                         group by user_id
                        having not bool_or(district_code = coalesce(?, ''))""")
                .params(regency, district).query(String.class).list();
        if (outside.isEmpty()) {
            return;
        }
        AsSystem.call(identity.getObject(), () -> {
            outside.forEach(userId -> revoke(userId, task.getId()));
            return null;
        });
    }

    /**
     * After a user's districts change: their revokes are rebuilt for the open tasks of their regencies' cases
     * outside their districts (none when they are no longer district-scoped).
     */
    void resync(String userId, Set<String> districts) {
        AuthorizationService service = authorizations.getObject();
        AsSystem.call(identity.getObject(), () -> {
            for (var resource : List.of(Resources.TASK, Resources.HISTORIC_TASK)) {
                service.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).userIdIn(userId)
                        .resourceType(resource).list().forEach(a -> service.deleteAuthorization(a.getId()));
            }
            if (districts.isEmpty()) {
                return null;
            }
            String[] regencies = districts.stream().map(d -> d.substring(0, 4)).distinct().toArray(String[]::new);
            Map<String, String> outsideByInstance = new java.util.HashMap<>();
            jdbc.sql("""
                            select process_instance_id, coalesce(district_code, '') from slrt.case_file
                             where region_code = any (?) and closed_at is null and process_instance_id is not null""")
                    .param(regencies).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                    .forEach(e -> outsideByInstance.put(e.getKey(), e.getValue()));
            var tasks = taskService.getObject().createTaskQuery()
                    .tenantIdIn(java.util.Arrays.stream(regencies).map(RegionTenants::tenantOf).toArray(String[]::new))
                    .list();
            for (var task : tasks) {
                String district = outsideByInstance.get(task.getProcessInstanceId());
                if (district != null && !districts.contains(district)) {
                    revoke(userId, task.getId());
                }
            }
            return null;
        });
    }

    private void revoke(String userId, String taskId) {
        AuthorizationService service = authorizations.getObject();
        Authorization task = service.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        task.setUserId(userId);
        task.setResource(Resources.TASK);
        task.setResourceId(taskId);
        task.removePermission(Permissions.READ);
        task.removePermission(TaskPermissions.TASK_WORK);
        task.removePermission(TaskPermissions.READ_VARIABLE);
        task.removePermission(TaskPermissions.TASK_ASSIGN);
        task.removePermission(Permissions.UPDATE);
        service.saveAuthorization(task);
        Authorization history = service.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        history.setUserId(userId);
        history.setResource(Resources.HISTORIC_TASK);
        history.setResourceId(taskId);
        history.removePermission(HistoricTaskPermissions.READ);
        history.removePermission(HistoricTaskPermissions.READ_VARIABLE);
        service.saveAuthorization(history);
    }
}
