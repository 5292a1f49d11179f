package id.slrt.caseengine.deployment;

import id.slrt.caseengine.system.Groups;
import id.slrt.caseengine.system.OfficeClock;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a deployment came from an administrator ({@code camunda-admin}): only their deployments may name Java
 * classes. Recorded when the deployment is made (in its transaction) and looked up whenever the engine parses it
 * again; a deployment without a record (made before this check existed, or by nobody, such as the start-up
 * auto-deployment) is not trusted.
 */
@Component
public class DeploymentTrust {

    private final JdbcClient jdbc;
    private final OfficeClock clock;

    public DeploymentTrust(JdbcClient jdbc, OfficeClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records that {@code user} (null: nobody) is deploying {@code deploymentId}; @return whether it is trusted. */
    public boolean recordNew(String deploymentId, Authentication user) {
        String userId = user == null ? null : user.getUserId();
        boolean trusted = user != null && user.getGroupIds() != null && user.getGroupIds().contains(Groups.ADMIN);
        jdbc.sql("insert into slrt.deployment_trust (deployment_id, deployed_by, trusted, deployed_at) "
                        + "values (?, ?, ?, ?) on conflict (deployment_id) do nothing")
                .params(deploymentId, userId, trusted, clock.now()).update();
        return trusted;
    }

    public boolean isTrusted(String deploymentId) {
        return jdbc.sql("select trusted from slrt.deployment_trust where deployment_id = ?").param(deploymentId)
                .query(Boolean.class).optional().orElse(false);
    }
}
