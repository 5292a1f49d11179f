package id.slrt.caseengine.security.oidc;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.security.CamundaIdentityAuthenticationProvider;
import id.slrt.caseengine.system.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * What single sign-on changes in the project's own security chains ({@code SecurityConfiguration}): the APIs
 * ({@code /api}, {@code /engine-rest}, metrics) take the identity provider's access tokens (JWT, checked against
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}: signature, issuer, expiry and
 * {@code audiences}) instead of HTTP Basic passwords, and the staff pages ({@code /app/**}) send a browser without
 * a session to the identity provider's login. Present only with {@code slrt.security.oidc.enabled=true}; then no
 * password of Camunda's identity tables opens anything, so the provider's multi-factor login cannot be bypassed.
 */
@Component
@ConditionalOnProperty(prefix = "slrt.security.oidc", name = "enabled", havingValue = "true")
public class OidcSecurity {

    public static final String AUTHORIZATION_PATH = "/oauth2/authorization/";

    private final OidcProperties properties;
    private final OidcClaimMapper mapper;
    private final JwtDecoder jwtDecoder;
    private final ObjectMapper json;

    public OidcSecurity(OidcProperties properties, ObjectProvider<ClientRegistrationRepository> registrations,
                        ObjectProvider<JwtDecoder> jwtDecoder, ObjectMapper json) {
        this.properties = properties;
        this.mapper = new OidcClaimMapper(properties);
        this.json = json;
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository == null || repository.findByRegistrationId(properties.getRegistrationId()) == null) {
            throw new IllegalStateException("slrt.security.oidc.enabled=true needs the client registration "
                    + "spring.security.oauth2.client.registration." + properties.getRegistrationId()
                    + ".* (profile oidc sets it from SLRT_OIDC_ISSUER_URI, SLRT_OIDC_CLIENT_ID, SLRT_OIDC_CLIENT_SECRET)");
        }
        var registration = repository.findByRegistrationId(properties.getRegistrationId());
        if (!org.springframework.security.oauth2.core.ClientAuthenticationMethod.NONE
                .equals(registration.getClientAuthenticationMethod())
                && (registration.getClientSecret() == null || registration.getClientSecret().isBlank())) {
            throw new IllegalStateException("The client registration " + properties.getRegistrationId()
                    + " has no client secret (SLRT_OIDC_CLIENT_SECRET)");
        }
        this.jwtDecoder = jwtDecoder.getIfAvailable();
        if (this.jwtDecoder == null) {
            throw new IllegalStateException("slrt.security.oidc.enabled=true needs "
                    + "spring.security.oauth2.resourceserver.jwt.issuer-uri (the identity provider's issuer)");
        }
    }

    public OidcClaimMapper mapper() {
        return mapper;
    }

    public OidcProperties properties() {
        return properties;
    }

    /** API chains: bearer tokens of the identity provider, mapped to the same principal as a password login. */
    public void bearerTokens(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint entryPoint = bearerEntryPoint();
        http.oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(this::authenticate))
                        .authenticationEntryPoint(entryPoint))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint));
    }

    AbstractAuthenticationToken authenticate(Jwt jwt) {
        try {
            return CamundaIdentityAuthenticationProvider.authenticated(mapper.principal(jwt.getClaims()));
        } catch (IllegalArgumentException e) {
            throw new InvalidBearerTokenException(e.getMessage());
        }
    }

    /** Where a browser without a session goes: the identity provider's login (Spring's authorization request). */
    public AuthenticationEntryPoint loginEntryPoint() {
        return new LoginUrlAuthenticationEntryPoint(AUTHORIZATION_PATH + properties.getRegistrationId());
    }

    /** 401 with {@code WWW-Authenticate: Bearer ...} (RFC 6750) and a problem document in Indonesian. */
    private AuthenticationEntryPoint bearerEntryPoint() {
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        challenge.setRealmName("SLRT");
        return (request, response, e) -> {
            challenge.commence(request, response, e);
            boolean tokenSent = request.getHeader("Authorization") != null;
            var problem = Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Perlu masuk", tokenSent
                    ? "Token akses ditolak: tidak sah, kedaluwarsa, atau bukan dari penyedia identitas kantor ini"
                    : "Permintaan ini memerlukan token akses (Authorization: Bearer) dari penyedia identitas");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
        };
    }
}
