package id.slrt.caseengine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.caseengine.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Everything in bpmn/ and forms/ is deployed on start, Camunda Forms included. */
@IntegrationTest
class AutoDeploymentTest {

    @Autowired
    RepositoryService repository;

    @Test
    void everyDiagramDecisionAndFormInTheProjectIsDeployed() throws IOException {
        List<String> deployed = repository.createDeploymentQuery().list().stream()
                .flatMap(d -> repository.getDeploymentResources(d.getId()).stream())
                .map(Resource::getName)
                .map(name -> Path.of(name).getFileName().toString())
                .toList();
        List<String> inProject;
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("bpmn")), Files.list(Path.of("forms")))) {
            inProject = files.map(p -> p.getFileName().toString()).toList();
        }
        assertThat(inProject).isNotEmpty().anyMatch(n -> n.endsWith(".form"));
        assertThat(deployed).containsAll(inProject);
    }
}
