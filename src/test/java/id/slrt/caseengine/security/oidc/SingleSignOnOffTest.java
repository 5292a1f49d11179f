package id.slrt.caseengine.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.caseengine.security.StaffCheck;
import id.slrt.caseengine.support.IntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The embedded default (single sign-on off): none of the single sign-on beans exist, the webapps' SSO module is
 * empty; and the staff check of a self-assignment by a user who is only in the login's token (a single sign-on
 * user) goes by that login's groups and tenants.
 */
@IntegrationTest
class SingleSignOnOffTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identity;

    @AfterEach
    void clear() {
        identity.clearAuthentication();
    }

    @Test
    void offByDefault() {
        assertThat(context.getBeanNamesForType(OidcSecurity.class)).isEmpty();
        assertThat(context.getBeanNamesForType(OidcWebappConfiguration.class)).isEmpty();
        ResponseEntity<String> script = http.getForEntity("/sso/webapp.js", String.class);
        assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(script.getHeaders().getContentType().toString()).startsWith("text/javascript");
        assertThat(script.getBody()).isEqualTo(SsoWebappScript.OFF);
        assertThat(http.getForObject("/camunda/app/tasklist/scripts/config.js", String.class))
                .contains("'../../../sso/webapp'");
    }

    @Test
    void aSingleSignOnUserTakingWorkIsCheckedByTheGroupsAndTenantsOfTheirLogin() {
        identity.setAuthentication("dewi.peksos", List.of("caseworker"), List.of("r3516"));

        assertThat(StaffCheck.whyNot(identity, "dewi.peksos", "caseworker", "r3516")).isEmpty();
        assertThat(StaffCheck.whyNot(identity, "dewi.peksos", "caseworker", "r3578")).get().asString()
                .contains("tidak bertugas di wilayah 3578");
        assertThat(StaffCheck.whyNot(identity, "dewi.peksos", "supervisor", "r3516")).get().asString()
                .contains("bukan anggota kelompok");
        // Someone else named by the single sign-on user is still looked up in Camunda's tables.
        assertThat(StaffCheck.whyNot(identity, "budi.peksos", "caseworker", "r3516")).get().asString()
                .contains("tidak ada");
    }

    @Test
    void aBuiltInUserIsStillCheckedAgainstCamundasTables() {
        // The demo caseworker is a member of the demo regencies' tenants, whatever the current login says.
        identity.setAuthentication("peksos", List.of("caseworker"), List.of());

        assertThat(StaffCheck.whyNot(identity, "peksos", "caseworker", "r3516")).isEmpty();
        assertThat(StaffCheck.whyNot(identity, "peksos", "caseworker", "r3578")).isPresent();
    }
}
