package id.slrt.caseengine.step;

import java.util.Optional;
import java.util.Set;

/** What the running application offers to diagrams: beans with their contracts, served topics, deployed artifacts. */
public interface StepCatalog {

    boolean beanExists(String name);

    Optional<StepContract> contractOf(String bean);

    /** Served external-task topics; empty when nobody serves the topic. */
    Optional<Set<String>> topic(String topic);

    boolean decisionDeployed(String key);

    boolean formDeployed(String id);

    boolean processDeployed(String key);

    /** Variables every case process has (caseId, registrationNumber, ...). */
    Set<String> caseVariables();
}
