package id.slrt.caseengine.security;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.repository.Deployment;

/**
 * The authorizations the engine grants on its own when something is created, narrowed for an office: Camunda gives
 * every new user ALL on their own account (so anyone could delete it) and whoever deploys DELETE on the deployment
 * (so an analyst could remove it with every case started on it). Here users may read and update their own account
 * (profile, password) and a deployer may read their deployment; deleting either is the administrator's.
 */
public class OfficeAuthorizationProvider extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newUser(User user) {
        AuthorizationEntity own = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
        own.setUserId(user.getId());
        own.setResource(Resources.USER);
        own.setResourceId(user.getId());
        own.addPermission(Permissions.READ);
        own.addPermission(Permissions.UPDATE);
        return new AuthorizationEntity[] {own};
    }

    @Override
    public AuthorizationEntity[] newDeployment(Deployment deployment) {
        AuthorizationEntity[] granted = super.newDeployment(deployment);
        if (granted != null) {
            for (AuthorizationEntity authorization : granted) {
                authorization.removePermission(Permissions.DELETE);
            }
        }
        return granted;
    }
}
