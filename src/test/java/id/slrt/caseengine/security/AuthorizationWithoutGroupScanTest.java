package id.slrt.caseengine.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.caseengine.support.IntegrationTest;
import id.slrt.caseengine.system.Groups;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine uses a user's few groups without reading every group id of the authorization table. */
@IntegrationTest
class AuthorizationWithoutGroupScanTest {

    @Autowired
    ProcessEngineConfiguration configuration;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;

    @Test
    void aFewGroupsAreUsedAsTheyAreAndManyGroupsAreStillFiltered() {
        List<String> few = List.of(Groups.CASEWORKER, "group-without-grants");
        List<String> withRepeatAndNull = new ArrayList<>(List.of(Groups.CASEWORKER, Groups.CASEWORKER));
        withRepeatAndNull.add(null);
        List<String> many = caseworkerWithManyDirectoryGroups();

        List<List<String>> filtered = ((ProcessEngineConfigurationImpl) configuration).getCommandExecutorTxRequired()
                .execute(context -> {
                    AuthorizationManager manager = context.getSession(AuthorizationManager.class);
                    assertThat(manager).isInstanceOf(AuthorizationWithoutGroupScan.FewGroupsAuthorizationManager.class);
                    return List.of(manager.filterAuthenticatedGroupIds(few), manager.filterAuthenticatedGroupIds(many),
                            manager.filterAuthenticatedGroupIds(withRepeatAndNull));
                });

        assertThat(filtered.get(0)).containsExactlyElementsOf(few);
        assertThat(filtered.get(1)).as("Camunda's filtering for a user with many groups").containsExactly(Groups.CASEWORKER);
        assertThat(filtered.get(2)).containsExactly(Groups.CASEWORKER);
    }

    @Test
    void aCandidateGroupSeesItsTaskWithEitherPathAndOtherGroupsDoNot() {
        Task task = tasks.newTask();
        task.setName("Tugas uji grup");
        tasks.saveTask(task);
        tasks.addCandidateGroup(task.getId(), Groups.CASEWORKER);
        List<String> many = caseworkerWithManyDirectoryGroups();
        try {
            assertThat(visibleTo(List.of(Groups.CASEWORKER, "group-without-grants"), task.getId())).isEqualTo(1);
            assertThat(visibleTo(many, task.getId())).isEqualTo(1);
            assertThat(visibleTo(List.of(Groups.FRONT_OFFICE, "group-without-grants"), task.getId())).isZero();
        } finally {
            tasks.deleteTask(task.getId(), true);
        }
    }

    /** More groups than the plugin passes unfiltered; only caseworker holds grants. */
    private static List<String> caseworkerWithManyDirectoryGroups() {
        List<String> many = new ArrayList<>(List.of(Groups.CASEWORKER));
        IntStream.range(0, AuthorizationWithoutGroupScan.FEW_GROUPS).forEach(i -> many.add("directory-group-" + i));
        return many;
    }

    private long visibleTo(List<String> groups, String taskId) {
        identity.setAuthentication("someone", groups);
        try {
            return tasks.createTaskQuery().taskId(taskId).count();
        } finally {
            identity.clearAuthentication();
        }
    }
}
