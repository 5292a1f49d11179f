package id.slrt.caseengine.deployment;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/** A deployment refused by the contract check; the message lists every problem, one per line. */
public class DeploymentRejectedException extends BadUserRequestException {

    private final List<String> problems;

    public DeploymentRejectedException(List<String> problems) {
        super("Deployment ditolak, " + problems.size() + " masalah:\n- " + String.join("\n- ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
