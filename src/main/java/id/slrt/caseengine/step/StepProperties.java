package id.slrt.caseengine.step;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code slrt.deployment.*}: what diagrams may rely on beyond the application's own steps. */
@ConfigurationProperties("slrt.deployment")
public class StepProperties {

    /** External-task topics served by the office's own agency workers (docs/integrations.md). */
    private List<String> externalTopics = new ArrayList<>();

    public List<String> getExternalTopics() {
        return externalTopics;
    }

    public void setExternalTopics(List<String> externalTopics) {
        this.externalTopics = externalTopics;
    }
}
