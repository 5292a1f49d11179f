package id.slrt.caseengine.deployment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/process-migrations")
@Tag(name = "Process versions", description = "Moving running cases to a new diagram version")
public class ProcessMigrationController {

    private final ProcessMigrationService migrations;

    public ProcessMigrationController(ProcessMigrationService migrations) {
        this.migrations = migrations;
    }

    @PostMapping(value = "/{processKey}", produces = "application/json")
    @PreAuthorize("hasAnyAuthority('analyst', 'camunda-admin')")
    @Operation(summary = "Migrate running cases of a service to its latest version",
            description = "dryRun=true (the default) only reports, per older version, the running cases and the "
                    + "waiting steps the new version does not have. dryRun=false migrates every case whose waiting "
                    + "steps all exist in the new version and leaves the others on their version.")
    public ProcessMigrationService.MigrationReport migrate(@PathVariable String processKey,
                                                           @RequestParam(defaultValue = "true") boolean dryRun) {
        return migrations.migrateToLatest(processKey, dryRun);
    }
}
