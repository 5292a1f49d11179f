package id.slrt.caseengine.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.security.region.RegionTenants;
import id.slrt.caseengine.support.IntegrationTest;
import id.slrt.caseengine.system.Groups;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shared Tasklist filters on a Wednesday morning in Mojokerto: complaints waiting for triage with deadlines
 * yesterday, early this morning, just after midnight, this afternoon and tomorrow, one of them already taken by
 * a caseworker. Each filter is run as Tasklist runs it, for a logged-in user of a group and a regency.
 */
@IntegrationTest
class TasklistFiltersTest {

    static final ZoneOffset WIB = ZoneOffset.ofHours(7);
    /** Wednesday 2 December 2026, 10:00 WIB (03:00 UTC: on a UTC server "today" would start seven hours late). */
    static final OffsetDateTime WEDNESDAY_10AM = OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, WIB);
    static final List<String> MOJOKERTO = List.of(RegionTenants.tenantOf("3516"));

    @Autowired
    IntakeService intake;
    @Autowired
    TaskService tasks;
    @Autowired
    FilterService filters;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    TasklistFilters tasklistFilters;

    @BeforeEach
    void wednesdayMorning() {
        ClockUtil.setCurrentTime(Date.from(WEDNESDAY_10AM.toInstant()));
    }

    @AfterEach
    void reset() {
        identity.clearAuthentication();
        ClockUtil.reset();
    }

    @Test
    void eachFilterFindsItsTasks() {
        Task yesterday = triageDue("Tenggat kemarin", at(1, 16, 0));
        Task justAfterMidnight = triageDue("Tenggat dini hari", at(2, 0, 30));
        Task thisMorning = triageDue("Tenggat pagi ini", at(2, 8, 0));
        Task thisAfternoon = triageDue("Tenggat sore ini", at(2, 16, 0));
        Task tomorrow = triageDue("Tenggat besok", at(3, 16, 0));
        Task taken = triageDue("Sudah diambil", at(2, 15, 0));
        tasks.claim(taken.getId(), "peksos");
        List<String> mine = ids(yesterday, justAfterMidnight, thisMorning, thisAfternoon, tomorrow, taken);

        asUser("peksos", Groups.CASEWORKER);
        assertThat(run(TasklistFilters.UNASSIGNED, mine)).as("Belum diambil")
                .containsExactly(yesterday.getId(), justAfterMidnight.getId(), thisMorning.getId(),
                        thisAfternoon.getId(), tomorrow.getId());
        assertThat(run(TasklistFilters.DUE_TODAY, mine)).as("Tenggat hari ini (WIB)")
                .containsExactly(justAfterMidnight.getId(), thisMorning.getId(), taken.getId(), thisAfternoon.getId());
        assertThat(run(TasklistFilters.OVERDUE, mine)).as("Lewat tenggat")
                .containsExactly(yesterday.getId(), justAfterMidnight.getId(), thisMorning.getId());
        assertThat(run(TasklistFilters.MY_TASKS, mine)).containsExactly(taken.getId());
        assertThatThrownBy(() -> filters.list(filterId(TasklistFilters.ALL_BY_DUE_DATE)))
                .as("the overview is not shared with caseworkers").isInstanceOf(AuthorizationException.class);

        asUser("supervisor", Groups.SUPERVISOR);
        assertThat(run(TasklistFilters.ALL_BY_DUE_DATE, mine)).as("Semua tugas, tenggat terdekat")
                .containsExactly(yesterday.getId(), justAfterMidnight.getId(), thisMorning.getId(), taken.getId(),
                        thisAfternoon.getId(), tomorrow.getId());
        assertThat(run(TasklistFilters.OVERDUE, mine)).as("supervisors see every overdue task of their regency")
                .containsExactly(yesterday.getId(), justAfterMidnight.getId(), thisMorning.getId());
        assertThat(run(TasklistFilters.UNASSIGNED, mine)).as("a supervisor's groups are offered none of these").isEmpty();

        // A caseworker of another regency sees none of Mojokerto's tasks, whatever the filter.
        identity.setAuthentication("peksossby", List.of(Groups.CASEWORKER), List.of(RegionTenants.tenantOf("3578")));
        assertThat(run(TasklistFilters.OVERDUE, mine)).isEmpty();
        assertThat(run(TasklistFilters.UNASSIGNED, mine)).isEmpty();
    }

    @Test
    void filtersAreSharedWithTheGroupsThatWorkTheTasks() {
        Map<String, List<String>> readers = new LinkedHashMap<>();
        List<String> operational = List.of(Groups.FRONT_OFFICE, Groups.CASEWORKER, Groups.SUPERVISOR,
                Groups.OPD_LIAISON, Groups.ADMIN);
        readers.put(TasklistFilters.UNASSIGNED, operational);
        readers.put(TasklistFilters.DUE_TODAY, operational);
        readers.put(TasklistFilters.OVERDUE, operational);
        readers.put(TasklistFilters.ALL_BY_DUE_DATE, List.of(Groups.SUPERVISOR, Groups.ADMIN));
        for (Map.Entry<String, List<String>> entry : readers.entrySet()) {
            String id = filterId(entry.getKey());
            for (String group : Groups.ALL) {
                assertThat(authorizations.isUserAuthorized("someone", List.of(group), Permissions.READ, Resources.FILTER, id))
                        .as(entry.getKey() + " readable by " + group).isEqualTo(entry.getValue().contains(group));
            }
            // What Tasklist does: list the filters the user may read, then run one.
            identity.setAuthentication("someone", List.of(entry.getValue().get(0)), MOJOKERTO);
            assertThat(filters.createTaskFilterQuery().filterName(entry.getKey()).count()).isEqualTo(1);
            assertThat(filters.count(id)).isNotNull();
            identity.setAuthentication("analis", List.of(Groups.ANALYST), MOJOKERTO);
            assertThat(filters.createTaskFilterQuery().filterName(entry.getKey()).count()).as("analyst").isZero();
            identity.clearAuthentication();

            Filter filter = filters.getFilter(id);
            assertThat(filter.getProperties().get("variables")).asList().allSatisfy(column ->
                    assertThat(((Map<?, ?>) column).keySet().stream().map(String::valueOf).toList())
                            .containsExactlyInAnyOrder("name", "label"));
            assertThat(filter.getProperties().get("variables").toString())
                    .contains("registrationNumber", "serviceType", "regionName");
        }
    }

    @Test
    void startingAgainCreatesNothingTwice() {
        long before = filters.createFilterQuery().count();
        long grants = authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).count();
        tasklistFilters.create();
        assertThat(filters.createFilterQuery().count()).isEqualTo(before);
        assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).count()).isEqualTo(grants);
        for (String name : List.of(TasklistFilters.UNASSIGNED, TasklistFilters.DUE_TODAY, TasklistFilters.OVERDUE,
                TasklistFilters.ALL_BY_DUE_DATE)) {
            assertThat(filters.createFilterQuery().filterName(name).count()).as(name).isEqualTo(1);
        }
    }

    /** Opens a complaint in Mojokerto and gives its triage task a deadline, as a supervisor may in Tasklist. */
    private Task triageDue(String description, OffsetDateTime due) {
        String number = intake.open(new CaseIntakeRequest("COMPLAINT", Channel.WALK_IN, "3516",
                new CaseIntakeRequest.Subject(null, null, "Warga uji filter", null, null, null),
                new CaseIntakeRequest.Reporter("Warga uji filter", null), description), "operator").registrationNumber();
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
        task.setDueDate(Date.from(due.toInstant()));
        tasks.saveTask(task);
        return task;
    }

    private List<String> run(String filterName, List<String> among) {
        List<Task> found = filters.list(filterId(filterName));
        return found.stream().map(Task::getId).filter(among::contains).toList();
    }

    private String filterId(String name) {
        String user = identity.getCurrentAuthentication() == null ? null : identity.getCurrentAuthentication().getUserId();
        List<String> groups = user == null ? null : identity.getCurrentAuthentication().getGroupIds();
        List<String> tenants = user == null ? null : identity.getCurrentAuthentication().getTenantIds();
        identity.clearAuthentication();
        try {
            return filters.createFilterQuery().filterName(name).singleResult().getId();
        } finally {
            if (user != null) {
                identity.setAuthentication(user, groups, tenants);
            }
        }
    }

    private void asUser(String user, String group) {
        identity.setAuthentication(user, List.of(group), MOJOKERTO);
    }

    private static OffsetDateTime at(int december, int hour, int minute) {
        return OffsetDateTime.of(2026, 12, december, hour, minute, 0, 0, WIB);
    }

    private static List<String> ids(Task... tasks) {
        return java.util.Arrays.stream(tasks).map(Task::getId).toList();
    }
}
