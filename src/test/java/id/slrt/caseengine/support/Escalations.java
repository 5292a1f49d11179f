package id.slrt.caseengine.support;

import static id.slrt.caseengine.support.ProcessTests.at;
import static id.slrt.caseengine.support.ProcessTests.fireDueTimers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The at-risk/breach escalation pattern of a user task (two non-interrupting boundary timers {@code <task>AtRisk}
 * and {@code <task>Deadline}, then {@code <task>FlagAtRisk}, {@code <task>RecordBreach} and the supervisor's
 * {@code <task>Escalate}), walked in a process test by moving the engine clock with {@link ProcessTests#at}.
 */
public final class Escalations {

    private Escalations() {
    }

    /**
     * Lets the deadline of the open task {@code taskKey} run out while nobody works on it: at 75 % of its time it is
     * flagged at risk (priority 80, a reminder comment, {@code SLA_AT_RISK}), at its due date the breach is recorded
     * ({@code SLA_BREACHED}) and the supervisors get an escalation task, which is completed here; the task itself stays
     * open throughout. Leaves the engine clock just past the task's due date.
     */
    public static void letTheDeadlinePass(ProcessEngine engine, JdbcClient jdbc, ProcessInstance instance, String taskKey) {
        Task task = openTask(engine, instance, taskKey);
        Job atRisk = timer(engine, instance, taskKey + "AtRisk");
        Job deadline = timer(engine, instance, taskKey + "Deadline");
        assertThat(deadline.getDuedate()).as("deadline timer of %s = its due date", taskKey).isEqualTo(task.getDueDate());
        long created = task.getCreateTime().getTime();
        long due = task.getDueDate().getTime();
        assertThat((double) atRisk.getDuedate().getTime()).as("at-risk timer of %s at 75 %% of its time", taskKey)
                .isCloseTo(created + 0.75 * (due - created), within(60_000.0));

        justAfter(atRisk.getDuedate());
        fireDueTimers(engine, instance);
        Task flagged = openTask(engine, instance, taskKey);
        assertThat(flagged.getPriority()).as("priority of %s at risk", taskKey).isEqualTo(80);
        assertThat(engine.getTaskService().getTaskComments(flagged.getId()))
                .anySatisfy(comment -> assertThat(comment.getFullMessage()).contains("hampir habis"));
        assertThat(clock(jdbc, task, "at_risk_at")).as("at_risk_at of %s", taskKey).isTrue();
        assertThat(clock(jdbc, task, "breached_at")).as("breached_at of %s before its deadline", taskKey).isFalse();
        assertThat(events(jdbc, instance, "SLA_AT_RISK")).contains(task.getName());
        assertThat(openTasks(engine, instance, taskKey + "Escalate")).isEmpty();

        justAfter(deadline.getDuedate());
        fireDueTimers(engine, instance);
        assertThat(openTask(engine, instance, taskKey).getId()).as("%s goes on after its deadline", taskKey)
                .isEqualTo(task.getId());
        assertThat(clock(jdbc, task, "breached_at")).as("breached_at of %s", taskKey).isTrue();
        assertThat(events(jdbc, instance, "SLA_BREACHED")).contains(task.getName());
        Task escalation = openTask(engine, instance, taskKey + "Escalate");
        assertThat(escalation.getName()).startsWith("Eskalasi: ");
        assertThat(engine.getTaskService().getIdentityLinksForTask(escalation.getId())).extracting(IdentityLink::getGroupId)
                .contains("supervisor");
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "escalatedTaskName")).isEqualTo(task.getName());

        engine.getTaskService().complete(escalation.getId(), Map.of("escalationAction", "FOLLOWED_UP",
                "escalationNote", "Petugas sudah dihubungi; diselesaikan hari ini"));
        assertThat(openTasks(engine, instance, taskKey + "Escalate")).isEmpty();
        assertThat(openTask(engine, instance, taskKey).getId()).isEqualTo(task.getId());
    }

    /** The open task {@code taskKey} of the instance (there must be exactly one). */
    public static Task openTask(ProcessEngine engine, ProcessInstance instance, String taskKey) {
        List<Task> tasks = openTasks(engine, instance, taskKey);
        assertThat(tasks).as("open task %s", taskKey).hasSize(1);
        return tasks.get(0);
    }

    private static List<Task> openTasks(ProcessEngine engine, ProcessInstance instance, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
                .list();
    }

    private static Job timer(ProcessEngine engine, ProcessInstance instance, String activityId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
                .activityId(activityId).singleResult();
        assertThat(job).as("timer %s", activityId).isNotNull();
        return job;
    }

    private static void justAfter(Date moment) {
        at(OffsetDateTime.ofInstant(moment.toInstant(), ZoneOffset.ofHours(7)).plus(1, ChronoUnit.MINUTES));
    }

    private static boolean clock(JdbcClient jdbc, Task task, String column) {
        return jdbc.sql("select " + column + " is not null from slrt.sla_clock where task_id = ?").param(task.getId())
                .query(Boolean.class).single();
    }

    private static List<String> events(JdbcClient jdbc, ProcessInstance instance, String type) {
        return jdbc.sql("select e.step from slrt.case_event e join slrt.case_file c on c.id = e.case_id "
                        + "where c.process_instance_id = ? and e.event_type = ? order by e.id")
                .params(instance.getId(), type).query(String.class).list();
    }
}
