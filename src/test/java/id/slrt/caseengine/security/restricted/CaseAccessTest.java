package id.slrt.caseengine.security.restricted;

import id.slrt.caseengine.security.SecurityProperties;
import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.caseengine.casefile.CaseRecord;
import id.slrt.caseengine.security.CamundaIdentityAuthenticationProvider;
import id.slrt.caseengine.security.SlrtPrincipal;
import id.slrt.caseengine.security.region.CaseAccess;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

/** Which services are restricted comes from configuration, not from the code. */
class CaseAccessTest {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anyConfiguredServiceIsRestrictedToItsCaseworkerAndTheConfiguredGroups() {
        SecurityProperties properties = new SecurityProperties();
        properties.getCaseAccess().setRestrictedServiceTypes(List.of("COMPLAINT"));
        properties.getCaseAccess().setVisibleToGroups(List.of("supervisor", "camunda-admin"));
        CaseAccess access = new CaseAccess(properties, new org.springframework.beans.factory.support.StaticListableBeanFactory()
                .getBeanProvider(org.camunda.bpm.engine.IdentityService.class));
        CaseRecord complaint = record("COMPLAINT", "ani", null);
        CaseRecord childs = record("ABH_ASSISTANCE", "ani", null);

        as("budi", "caseworker");
        assertThat(access.maySee(complaint)).isFalse();
        assertThat(access.maySee(childs)).as("not configured here, so not restricted").isTrue();
        assertThat(access.restriction()).hasValueSatisfying(r -> assertThat(r.serviceTypes()).containsExactly("COMPLAINT"));
        as("ani", "caseworker");
        assertThat(access.maySee(complaint)).isTrue();
        as("kadis", "camunda-admin");
        assertThat(access.maySee(complaint)).isTrue();
        assertThat(access.restriction()).isEmpty();
        as("budi", "caseworker");
        assertThat(access.maySee(record("COMPLAINT", null, "budi"))).as("current assignee").isTrue();
        assertThat(access.maySee(new CaseRecord(1, "SLRT-3578-2026-000001", "COMPLAINT", "p", "WALK_IN", "3578", "REGISTERED",
                null, null, null, null, null, null, null, null, null, null, null, null, "budi", null)))
                .as("another regency stays invisible").isFalse();

        properties.getCaseAccess().setRestrictedServiceTypes(List.of());
        as("budi", "caseworker");
        assertThat(access.maySee(complaint)).isTrue();
        assertThat(access.restriction()).isEmpty();
    }

    private static CaseRecord record(String service, String assignedCaseworker, String currentAssignee) {
        return new CaseRecord(1, "SLRT-3516-2026-000001", service, "p", "WALK_IN", "3516", "REGISTERED", null, null, null,
                null, null, null, null, null, null, null, null, currentAssignee, assignedCaseworker, null);
    }

    private static void as(String user, String group) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(CamundaIdentityAuthenticationProvider.authenticated(
                new SlrtPrincipal(user, List.of(group), List.of("r3516"))));
        SecurityContextHolder.setContext(context);
    }
}
