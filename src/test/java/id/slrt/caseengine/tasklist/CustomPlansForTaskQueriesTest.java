package id.slrt.caseengine.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.caseengine.support.IntegrationTest;
import id.slrt.caseengine.system.Groups;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A task query is planned with its actual parameters and a page of tasks without parallel workers; other engine
 * queries keep PostgreSQL's plan cache and settings.
 */
@IntegrationTest
class CustomPlansForTaskQueriesTest {

    @Autowired
    TaskService tasks;
    @Autowired
    RepositoryService repository;
    @Autowired
    FilterService filters;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aTaskQueryTurnsOnCustomPlansForItsTransactionOnly() {
        String during = transaction.execute(status -> {
            tasks.createTaskQuery().taskCandidateGroup("caseworker").orderByDueDate().asc().listPage(0, 50);
            return planCacheMode() + " " + parallelWorkers();
        });
        assertThat(during).isEqualTo("force_custom_plan 0");

        String filterId = filters.createFilterQuery().filterName(TasklistFilters.MY_GROUP_TASKS).singleResult().getId();
        identity.setAuthentication("peksos", List.of(Groups.CASEWORKER));
        String duringFilter;
        String duringCount;
        try {
            duringFilter = transaction.execute(status -> {
                filters.listPage(filterId, 0, 50);
                return planCacheMode() + " " + parallelWorkers();
            });
            duringCount = transaction.execute(status -> {
                filters.count(filterId);
                return planCacheMode() + " " + parallelWorkers();
            });
        } finally {
            identity.clearAuthentication();
        }
        String defaultWorkers = parallelWorkers();
        assertThat(defaultWorkers).isNotEqualTo("0");
        assertThat(duringFilter).as("a page of a Tasklist filter").isEqualTo("force_custom_plan 0");
        assertThat(duringCount).as("a Tasklist filter's count").isEqualTo("force_custom_plan " + defaultWorkers);

        String otherQuery = transaction.execute(status -> {
            repository.createProcessDefinitionQuery().latestVersion().list();
            return planCacheMode();
        });
        assertThat(otherQuery).isEqualTo("auto");
        assertThat(planCacheMode()).as("after the transaction").isEqualTo("auto");
        assertThat(parallelWorkers()).as("after the transaction").isEqualTo(defaultWorkers);
    }

    private String parallelWorkers() {
        return jdbc.sql("show max_parallel_workers_per_gather").query(String.class).single();
    }

    private String planCacheMode() {
        return jdbc.sql("show plan_cache_mode").query(String.class).single();
    }
}
