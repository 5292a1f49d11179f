package id.slrt.caseengine.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.security.SlrtPrincipal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The pieces of single sign-on without an identity provider: hand-made access tokens and ID tokens through the
 * bearer-token converter, the login's success handler, Camunda's container-based authentication and the logout
 * address. The browser check e2e/oidc.mjs runs them against a real Keycloak.
 */
class OidcAuthenticationTest {

    private final OidcProperties properties = new OidcProperties();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private static ClientRegistration registration() {
        return ClientRegistration.withRegistrationId("slrt").clientId("slrt-case-engine").clientSecret("s")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").scope("openid")
                .authorizationUri("https://idp.example/realms/slrt/protocol/openid-connect/auth")
                .tokenUri("https://idp.example/realms/slrt/protocol/openid-connect/token")
                .jwkSetUri("https://idp.example/realms/slrt/protocol/openid-connect/certs")
                .issuerUri("https://idp.example/realms/slrt").userNameAttributeName("preferred_username")
                .providerConfigurationMetadata(Map.of("end_session_endpoint",
                        "https://idp.example/realms/slrt/protocol/openid-connect/logout"))
                .build();
    }

    private OidcSecurity security() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("registrations", new InMemoryClientRegistrationRepository(registration()));
        beans.addBean("jwtDecoder", (JwtDecoder) token -> {
            throw new UnsupportedOperationException();
        });
        return new OidcSecurity(properties, beans.getBeanProvider(ClientRegistrationRepository.class),
                beans.getBeanProvider(JwtDecoder.class), new ObjectMapper());
    }

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("token").header("alg", "RS256")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300));
        claims.forEach(builder::claim);
        return builder.build();
    }

    private static OidcIdToken idToken(Map<String, Object> claims) {
        return new OidcIdToken("id-token-value", Instant.now(), Instant.now().plusSeconds(300), claims);
    }

    @Test
    void aBearerTokenBecomesTheSamePrincipalAsAPasswordLogin() {
        AbstractAuthenticationToken authentication = security().authenticate(jwt(Map.of(
                "sub", "bc73", "preferred_username", "service-account-slrt-api-test",
                "groups", List.of("front-office", "r3516", "r3578"))));

        assertThat(authentication.isAuthenticated()).isTrue();
        assertThat(authentication.getPrincipal()).isEqualTo(new SlrtPrincipal("service-account-slrt-api-test",
                List.of("front-office"), List.of("r3516", "r3578")));
        assertThat(authentication.getName()).isEqualTo("service-account-slrt-api-test");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("front-office");
    }

    @Test
    void aBearerTokenWithoutAUserIsAnInvalidToken() {
        assertThatThrownBy(() -> security().authenticate(jwt(Map.of("groups", List.of("caseworker")))))
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void enablingWithoutAClientSecretFailsAtStart() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("registrations", new InMemoryClientRegistrationRepository(
                ClientRegistration.withClientRegistration(registration()).clientSecret("").build()));
        assertThatThrownBy(() -> new OidcSecurity(properties, beans.getBeanProvider(ClientRegistrationRepository.class),
                beans.getBeanProvider(JwtDecoder.class), new ObjectMapper()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SLRT_OIDC_CLIENT_SECRET");
    }

    @Test
    void theLoginKeepsTheTokensUserGroupsAndTenantsInTheSession() throws Exception {
        DefaultOidcUser user = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")),
                idToken(Map.of("sub", "u1", "iss", "https://idp.example/realms/slrt", "preferred_username", "agus.supervisor",
                        "groups", List.of("supervisor", "r3516"))), "preferred_username");
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login/oauth2/code/slrt");
        MockHttpServletResponse response = new MockHttpServletResponse();

        OidcWebappConfiguration.successHandler(new OidcClaimMapper(properties)).onAuthenticationSuccess(request,
                response, new OAuth2AuthenticationToken(user, user.getAuthorities(), "slrt"));

        SecurityContext saved = (SecurityContext) request.getSession(false)
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(saved.getAuthentication()).isInstanceOf(OidcStaffAuthentication.class);
        OidcStaffAuthentication staff = (OidcStaffAuthentication) saved.getAuthentication();
        assertThat(staff.getPrincipal()).isEqualTo(new SlrtPrincipal("agus.supervisor", List.of("supervisor"),
                List.of("r3516")));
        assertThat(staff.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("supervisor");
        assertThat(staff.idToken()).isEqualTo("id-token-value");
        assertThat(staff.getCredentials()).isEqualTo("");
        assertThat(response.getRedirectedUrl()).isEqualTo("/camunda/app/tasklist/");
    }

    @Test
    void aUserWithoutAnySlrtGroupIsRefusedAtLogin() throws Exception {
        DefaultOidcUser user = new DefaultOidcUser(List.of(), idToken(Map.of("sub", "u2",
                "preferred_username", "tamu", "groups", List.of("default-roles-slrt"))), "preferred_username");
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login/oauth2/code/slrt");
        MockHttpServletResponse response = new MockHttpServletResponse();

        OidcWebappConfiguration.successHandler(new OidcClaimMapper(properties)).onAuthenticationSuccess(request,
                response, new OAuth2AuthenticationToken(user, user.getAuthorities(), "slrt"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).contains("belum diberi peran di SLRT");
        assertThat(request.getSession(false)).isNull();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void camundasContainerAuthenticationTakesGroupsAndTenantsFromTheSession() {
        SlrtPrincipal principal = new SlrtPrincipal("dewi.peksos", List.of("caseworker"), List.of("r3516"));
        SecurityContextHolder.getContext().setAuthentication(new OidcStaffAuthentication(principal, "id", "slrt"));

        AuthenticationResult result = new OidcWebappAuthenticationProvider()
                .extractAuthenticatedUser(new MockHttpServletRequest(), null);

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getAuthenticatedUser()).isEqualTo("dewi.peksos");
        assertThat(result.getGroups()).containsExactly("caseworker");
        assertThat(result.getTenants()).containsExactly("r3516");

        SecurityContextHolder.clearContext();
        assertThat(new OidcWebappAuthenticationProvider().extractAuthenticatedUser(new MockHttpServletRequest(), null)
                .isAuthenticated()).isFalse();
    }

    @Test
    void theWebappSessionUserNeedsNoRowInCamundasTablesAndGetsTheAppsOfItsGroups() {
        ProcessEngine engine = mock(ProcessEngine.class, RETURNS_DEEP_STUBS);
        when(engine.getName()).thenReturn("default");
        when(engine.getProcessEngineConfiguration().isAuthorizationEnabled()).thenReturn(true);
        when(engine.getAuthorizationService().isUserAuthorized(eq("dewi.peksos"), anyList(), eq(Permissions.ACCESS),
                eq(Resources.APPLICATION), any())).thenAnswer(call -> "tasklist".equals(call.getArgument(4)));

        UserAuthentication authentication = new OidcContainerAuthenticationFilter() {
            UserAuthentication create() {
                return createAuthentication(engine, "dewi.peksos", List.of("caseworker"), List.of("r3516"));
            }
        }.create();

        assertThat(authentication.getName()).isEqualTo("dewi.peksos");
        assertThat(authentication.getProcessEngineName()).isEqualTo("default");
        assertThat(authentication.getGroupIds()).containsExactly("caseworker");
        assertThat(authentication.getTenantIds()).containsExactly("r3516");
        assertThat(authentication.getAuthorizedApps()).containsExactlyInAnyOrder("welcome", "tasklist");
    }

    @Test
    void logoutGoesToTheProvidersEndSessionEndpointWithTheIdToken() {
        OidcLogoutSuccessHandler handler = new OidcLogoutSuccessHandler(
                new InMemoryClientRegistrationRepository(registration()), "{baseUrl}/camunda/app/tasklist/");
        OidcStaffAuthentication staff = new OidcStaffAuthentication(
                new SlrtPrincipal("dewi.peksos", List.of("caseworker"), List.of("r3516")), "eyJ.id.token", "slrt");

        String uri = handler.endSessionUri(staff, "http://localhost:8091/camunda/app/tasklist/");

        assertThat(uri).startsWith("https://idp.example/realms/slrt/protocol/openid-connect/logout?")
                .contains("id_token_hint=eyJ.id.token")
                .contains("post_logout_redirect_uri=http://localhost:8091/camunda/app/tasklist/")
                .contains("client_id=slrt-case-engine");
        assertThat(handler.endSessionUri(null, "http://localhost/back")).isEqualTo("http://localhost/back");
    }

    @Test
    void theBaseUrlLeavesOutDefaultPorts() {
        MockHttpServletRequest https = new MockHttpServletRequest();
        https.setScheme("https");
        https.setServerName("slrt.dinsos.example");
        https.setServerPort(443);
        assertThat(OidcLogoutSuccessHandler.baseUrl(https)).isEqualTo("https://slrt.dinsos.example");
        MockHttpServletRequest local = new MockHttpServletRequest();
        local.setServerPort(8091);
        assertThat(OidcLogoutSuccessHandler.baseUrl(local)).isEqualTo("http://localhost:8091");
    }
}
