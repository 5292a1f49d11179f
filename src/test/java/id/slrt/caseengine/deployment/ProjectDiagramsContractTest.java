package id.slrt.caseengine.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.caseengine.step.StepCatalog;
import id.slrt.caseengine.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The deploy-time check over everything in bpmn/ and forms/: CI fails on a diagram the engine would refuse. */
@IntegrationTest
class ProjectDiagramsContractTest {

    @Autowired
    StepCatalog catalog;

    @Test
    void everyDiagramInTheProjectPassesTheContractCheck() throws IOException {
        Map<String, byte[]> resources = new LinkedHashMap<>();
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("bpmn")), Files.list(Path.of("forms")))) {
            for (Path file : files.sorted().toList()) {
                resources.put(file.toString(), Files.readAllBytes(file));
            }
        }
        assertThat(resources.keySet()).anyMatch(name -> name.endsWith(".bpmn"));
        List<String> problems = new DiagramContractChecker().check(resources, catalog);
        assertThat(problems).isEmpty();
    }
}
