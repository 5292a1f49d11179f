package id.slrt.caseengine.deployment;

import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.casefile.CaseStatusService;
import id.slrt.caseengine.system.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves running cases of one service to the newest deployed version with Camunda's migration API. New
 * versions never touch running cases by themselves; an analyst runs this deliberately, first as a dry run
 * that lists the waiting steps the new version does not have (those cases would stay on their version).
 */
@Service
public class ProcessMigrationService {

    /** What would happen (dry run) or happened to the running cases of one older version. */
    public record VersionReport(int sourceVersion, String sourceDefinitionId, int runningCases,
                                List<String> mappedSteps, Map<String, Integer> unmappedWaitingSteps,
                                List<String> planProblems, int migrated, int leftOnOldVersion) {
    }

    public record MigrationReport(String processKey, int targetVersion, boolean dryRun, List<VersionReport> versions) {
    }

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final CaseFileRepository cases;
    private final CaseStatusService statuses;

    public ProcessMigrationService(RepositoryService repository, RuntimeService runtime, CaseFileRepository cases,
                                   CaseStatusService statuses) {
        this.repository = repository;
        this.runtime = runtime;
        this.cases = cases;
        this.statuses = statuses;
    }

    @Transactional
    public MigrationReport migrateToLatest(String processKey, boolean dryRun) {
        ProcessDefinition target = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        if (target == null) {
            throw new InvalidInputException("processKey", "UNKNOWN_PROCESS",
                    "proses '" + processKey + "' tidak ditemukan");
        }
        List<VersionReport> reports = new ArrayList<>();
        for (ProcessDefinition source : repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .orderByProcessDefinitionVersion().asc().list()) {
            if (source.getVersion() >= target.getVersion()) {
                continue;
            }
            List<ProcessInstance> running = runtime.createProcessInstanceQuery()
                    .processDefinitionId(source.getId()).list();
            if (running.isEmpty()) {
                continue;
            }
            reports.add(migrateVersion(source, target, running, dryRun));
        }
        return new MigrationReport(processKey, target.getVersion(), dryRun, reports);
    }

    private VersionReport migrateVersion(ProcessDefinition source, ProcessDefinition target,
                                         List<ProcessInstance> running, boolean dryRun) {
        MigrationPlan plan;
        try {
            plan = runtime.createMigrationPlan(source.getId(), target.getId())
                    .mapEqualActivities().updateEventTriggers().build();
        } catch (MigrationPlanValidationException e) {
            return new VersionReport(source.getVersion(), source.getId(), running.size(), List.of(), Map.of(),
                    List.of(e.getMessage()), 0, running.size());
        }
        Set<String> mapped = new LinkedHashSet<>();
        for (MigrationInstruction instruction : plan.getInstructions()) {
            mapped.add(instruction.getSourceActivityId());
        }
        Map<String, Integer> unmapped = new TreeMap<>();
        List<String> movable = new ArrayList<>();
        for (ProcessInstance instance : running) {
            Set<String> waiting = new LinkedHashSet<>();
            collectLeaves(runtime.getActivityInstance(instance.getId()), waiting);
            List<String> missing = waiting.stream().filter(activity -> !mapped.contains(activity)).toList();
            missing.forEach(activity -> unmapped.merge(activity, 1, Integer::sum));
            if (missing.isEmpty()) {
                movable.add(instance.getId());
            }
        }
        int migrated = 0;
        if (!dryRun && !movable.isEmpty()) {
            runtime.newMigration(plan).processInstanceIds(movable).execute();
            migrated = movable.size();
            for (String instanceId : movable) {
                cases.findByProcessInstanceId(instanceId).ifPresent(c -> statuses.record(c.id(), "PROCESS_MIGRATED", null,
                        Map.of("fromVersion", source.getVersion(), "toDefinitionId", target.getId())));
            }
        }
        return new VersionReport(source.getVersion(), source.getId(), running.size(), List.copyOf(mapped), unmapped,
                List.of(), migrated, running.size() - migrated);
    }

    private static void collectLeaves(ActivityInstance instance, Set<String> leaves) {
        if (instance.getChildActivityInstances().length == 0 && instance.getChildTransitionInstances().length == 0) {
            leaves.add(instance.getActivityId());
            return;
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            collectLeaves(child, leaves);
        }
        for (var transition : instance.getChildTransitionInstances()) {
            leaves.add(transition.getActivityId());
        }
    }
}
