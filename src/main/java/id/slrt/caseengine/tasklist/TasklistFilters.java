package id.slrt.caseengine.tasklist;

import id.slrt.caseengine.system.OfficeClock;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import id.slrt.caseengine.system.Groups;
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
 * changed them) and shared (FILTER READ) with the groups that work such tasks. Columns show the registration
 * number, service and region of each case.
 *
 * <p>The queries are stored with expressions evaluated each time a filter runs: {@code ${currentUser()}},
 * {@code ${currentUserGroups()}}, {@code ${now()}} and {@code ${dateTime()}} (a Joda-Time date in the JVM's zone,
 * moved here to the office's zone, {@code slrt.zone}, so that "today" is the office's day on a UTC server).
 * Besides what a query asks, the engine shows a user only the tasks they are authorized to read, in the
 * regencies (tenants) they work: for a caseworker "Lewat tenggat" lists the overdue tasks of their groups and
 * their own, for a supervisor every overdue task of their regencies.
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
    /** Every task of the user's regencies, whoever works it: the supervisor's overview. */
    static final List<String> OVERVIEW_GROUPS = List.of(Groups.SUPERVISOR, Groups.ADMIN);

    public static final String MY_TASKS = "Tugas saya";
    public static final String MY_GROUP_TASKS = "Tugas grup saya";
    public static final String UNASSIGNED = "Belum diambil";
    public static final String DUE_TODAY = "Tenggat hari ini";
    public static final String OVERDUE = "Lewat tenggat";
    public static final String ALL_BY_DUE_DATE = "Semua tugas, tenggat terdekat";

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;

    private final String zone;

    public TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations,
                           OfficeClock clock) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
        this.zone = clock.zone().getId();
    }

    @PostConstruct
    public void create() {
        ensure(MY_TASKS, "Tugas yang sedang saya kerjakan", -10, SHARED_WITH,
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
        ensure(MY_GROUP_TASKS, "Tugas untuk kelompok saya, tenggat terdekat di atas", -5, SHARED_WITH,
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().orderByDueDate().asc());
        ensure(UNASSIGNED, "Tugas kelompok saya yang belum diambil siapa pun, tenggat terdekat di atas", -4, SHARED_WITH,
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned()
                        .orderByDueDate().asc());
        ensure(DUE_TODAY, "Tugas yang tenggatnya hari ini (termasuk yang sudah lewat pagi ini)", -3, SHARED_WITH,
                tasks.createTaskQuery()
                        .dueAfterExpression(startOfToday(0, -1))
                        .dueBeforeExpression(startOfToday(1, 0))
                        .orderByDueDate().asc());
        ensure(OVERDUE, "Tugas yang tenggatnya sudah lewat, paling lama terlambat di atas", -2, SHARED_WITH,
                tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc());
        ensure(ALL_BY_DUE_DATE, "Semua tugas di wilayah saya, tenggat terdekat di atas", 0, OVERVIEW_GROUPS,
                tasks.createTaskQuery().orderByDueDate().asc().orderByTaskPriority().desc());
    }

    /**
     * An expression for midnight at the start of today plus {@code days} in the office's zone, moved by
     * {@code millis} (the engine's due-date bounds are exclusive: -1 ms includes a task due exactly at midnight).
     */
    String startOfToday(int days, int millis) {
        return "${dateTime().withZone(dateTime().getZone().forID('" + zone + "')).withTimeAtStartOfDay()"
                + ".plusDays(" + days + ").plusMillis(" + millis + ").toDate()}";
    }

    void ensure(String name, String description, int priority, List<String> sharedWith, TaskQuery query) {
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
        for (String group : sharedWith) {
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
