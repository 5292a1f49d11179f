package id.slrt.caseengine.security.region;

import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Every process instance of a case belongs to the tenant of the case's regency (variable {@code regionCode}),
 * so Tasklist, Cockpit and the engine REST API show a user only the cases of their regencies. Diagrams stay
 * shared by all regencies (deployed without a tenant).
 */
public class RegionTenantIdProvider implements TenantIdProvider {

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
        Object region = context.getVariables() == null ? null : context.getVariables().get("regionCode");
        if (region == null && context.getSuperExecution() != null) {
            return context.getSuperExecution().getTenantId();
        }
        return region instanceof String code && code.matches("[0-9]{4}") ? RegionTenants.tenantOf(code) : null;
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
        return context.getExecution() != null ? context.getExecution().getTenantId() : null;
    }
}
