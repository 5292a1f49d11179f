package id.slrt.caseengine.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import id.slrt.caseengine.security.Groups;
import jakarta.annotation.PostConstruct;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * Shared Tasklist filters, created at start-up by name (existing ones are left as an administrator
 * changed them) and shared with the operational groups. Columns show the registration number, service and
 * region of each case.
 */
@Component
@DependsOn("accessModelInitializer")
public class TasklistFilters {

    static final List<Map<String, String>> COLUMNS = List.of(
            Map.of("name", "registrationNumber", "label", "Nomor registrasi"),
            Map.of("name", "serviceType", "label", "Layanan"),
            Map.of("name", "regionName", "label", "Wilayah"));

    static final List<String> SHARED_WITH = List.of(Groups.FRONT_OFFICE, Groups.CASEWORKER, Groups.SUPERVISOR,
            Groups.OPD_LIAISON, Groups.ADMIN);

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;

    public TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
    }

    @PostConstruct
    public void create() {
        ensure("Tugas saya", "Tugas yang sedang saya kerjakan", -10,
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
        ensure("Tugas grup saya", "Tugas untuk kelompok saya, tenggat terdekat di atas", -5,
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().orderByDueDate().asc());
    }

    void ensure(String name, String description, int priority, TaskQuery query) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("description", description);
            properties.put("priority", priority);
            properties.put("refresh", true);
            properties.put("variables", COLUMNS);
            filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
            filters.saveFilter(filter);
        }
        for (String group : SHARED_WITH) {
            boolean shared = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                    .groupIdIn(group).resourceType(Resources.FILTER).resourceId(filter.getId()).count() > 0;
            if (!shared) {
                Authorization read = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
                read.setGroupId(group);
                read.setResource(Resources.FILTER);
                read.setResourceId(filter.getId());
                read.addPermission(Permissions.READ);
                authorizations.saveAuthorization(read);
            }
        }
    }
}
