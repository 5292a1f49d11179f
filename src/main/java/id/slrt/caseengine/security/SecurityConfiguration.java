package id.slrt.caseengine.security;

import static id.slrt.caseengine.system.Groups.ADMIN;
import static id.slrt.caseengine.system.Groups.CASEWORKER;
import static id.slrt.caseengine.system.Groups.FRONT_OFFICE;
import static id.slrt.caseengine.system.Groups.OPD_LIAISON;
import static id.slrt.caseengine.system.Groups.SUPERVISOR;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.security.oidc.OidcSecurity;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Doors: the APIs ({@code /api}, {@code /engine-rest}, metrics) with HTTP Basic against the Camunda identity
 * service; the project's own staff pages ({@code /app/**}) behind the Camunda webapp login; everything else
 * (Camunda webapps with their own login and CSRF protection, public citizen pages, webhooks that check their
 * own signatures) open at this level. Feature controllers restrict roles with {@code @PreAuthorize}. With single
 * sign-on ({@code slrt.security.oidc.enabled}, package {@code oidc}) the APIs take the identity provider's bearer
 * tokens instead of HTTP Basic and the pages and webapps its login; the rules of each door stay the same.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
public class SecurityConfiguration {

    private final ObjectMapper json;

    public SecurityConfiguration(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Metrics: HTTP Basic with Prometheus's own credential (MetricsScrapeCredential) or a supervisor's or
     * administrator's login, also with single sign-on (a scraper has no browser).
     */
    @Bean
    @Order(0)
    SecurityFilterChain metricsChain(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
                                     ProblemSecurityHandlers handlers, SecurityProperties properties) throws Exception {
        secureHeaders(http, false);
        MetricsScrapeCredential scrape = new MetricsScrapeCredential(properties.getSecurity().getMetricsScrape());
        http.securityMatcher(path("/actuator/prometheus"))
                .authenticationManager(new ProviderManager(scrape, provider))
                .httpBasic(basic -> basic.authenticationEntryPoint(handlers.entryPoint()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(handlers.entryPoint())
                        .accessDeniedHandler(handlers.accessDenied()))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest()
                        .hasAnyAuthority(MetricsScrapeCredential.AUTHORITY, SUPERVISOR, ADMIN));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRestChain(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
                                        ProblemSecurityHandlers handlers, IdentityService identity,
                                        ObjectProvider<OidcSecurity> oidc) throws Exception {
        secureHeaders(http, false);
        basicAuthApi(http.securityMatcher(path("/engine-rest/**")), provider, handlers, oidc.getIfAvailable())
                .authorizeHttpRequests(requests -> requests
                        // Checking someone's password here counts a wrong one against them (the engine's lockout)
                        // past the login throttle; no client of this application needs it.
                        .requestMatchers(path("/engine-rest/identity/verify"),
                                path("/engine-rest/engine/*/identity/verify")).denyAll()
                        .anyRequest().authenticated())
                // The engine checks its own authorizations against this user for every REST call.
                .addFilterAfter(new EngineAuthenticationFilter(identity), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
                                 ProblemSecurityHandlers handlers, ObjectProvider<OidcSecurity> oidc) throws Exception {
        secureHeaders(http, false);
        basicAuthApi(http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/actuator/prometheus"))), provider,
                handlers, oidc.getIfAvailable())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path("/api/public/**")).permitAll()
                        .requestMatchers(path(HttpMethod.POST, "/api/cases"))
                        .hasAnyAuthority(FRONT_OFFICE, CASEWORKER, SUPERVISOR, ADMIN)
                        .requestMatchers(path(HttpMethod.GET, "/api/cases/**"))
                        .hasAnyAuthority(FRONT_OFFICE, CASEWORKER, SUPERVISOR, OPD_LIAISON, ADMIN)
                        .requestMatchers(path("/actuator/prometheus")).hasAnyAuthority(SUPERVISOR, ADMIN)
                        .anyRequest().authenticated());
        return http.build();
    }

    private HttpSecurity basicAuthApi(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
                                      ProblemSecurityHandlers handlers, OidcSecurity oidc) throws Exception {
        http.addFilterBefore(new CrossSiteRequestFilter(json), BasicAuthenticationFilter.class);
        if (oidc != null) {
            // Single sign-on: the identity provider's access tokens, no passwords.
            oidc.bearerTokens(http);
        } else {
            // An explicit manager without the global parent: otherwise a wrong password is checked twice (once by this
            // chain's manager, once by the parent holding the same provider bean) and counts twice against the throttle.
            http.authenticationManager(new ProviderManager(provider))
                    .httpBasic(basic -> basic.authenticationEntryPoint(handlers.entryPoint()))
                    .exceptionHandling(errors -> errors.authenticationEntryPoint(handlers.entryPoint()));
        }
        return http.exceptionHandling(errors -> errors.accessDeniedHandler(handlers.accessDenied()))
                // Stateless Basic-auth APIs: no session cookie, so no cross-site request to forge.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    }

    /** Matches the full path, whichever servlet (Spring MVC or the Jersey engine REST API) serves it. */
    static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    static RequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageChain(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
                                  ProblemSecurityHandlers handlers, ObjectProvider<OidcSecurity> oidc) throws Exception {
        secureHeaders(http, false);
        OidcSecurity sso = oidc.getIfAvailable();
        AuthenticationEntryPoint login = sso != null ? sso.loginEntryPoint()
                : new LoginUrlAuthenticationEntryPoint("/camunda/app/tasklist/");
        http.securityMatcher(path("/app/**"));
        if (sso == null) {
            // Scripts and tests may log in with HTTP Basic; browsers use the Camunda webapp session. With single
            // sign-on the session of the identity provider's login is the only way in.
            http.authenticationManager(new ProviderManager(provider))
                    .httpBasic(basic -> basic.authenticationEntryPoint(handlers.throttledOr(login)));
        }
        http.addFilterBefore(new CamundaSessionAuthenticationFilter(), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(login)
                        .accessDeniedHandler(handlers.accessDenied()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER));
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain webappChain(HttpSecurity http) throws Exception {
        secureHeaders(http, true);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(path("/camunda/api/engine/engine/*/identity/verify")).denyAll()
                        .anyRequest().permitAll())
                // The Camunda webapps protect themselves with their own CSRF filter (XSRF-TOKEN cookie, X-XSRF-TOKEN
                // header); the citizen pages carry no session (a survey token is the key); webhooks check signatures.
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * The project's pages and APIs: same-origin scripts and styles only (inline styles allowed for Swagger UI), no
     * plugins, no framing, forms only to this origin. The Camunda webapps ({@code /camunda/app}, {@code /camunda/api})
     * keep Camunda's own policy with its per-response script nonce, set by Camunda's header filter.
     */
    static final String PROJECT_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * Headers on every answer: nosniff, framing refused (same origin for the Camunda webapps), Referrer-Policy
     * same-origin (registration numbers are in URLs), HSTS on HTTPS requests, and the Content-Security-Policy.
     */
    public static void secureHeaders(HttpSecurity http, boolean webapps) throws Exception {
        http.headers(headers -> {
            headers.contentTypeOptions(Customizer.withDefaults());
            headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
            headers.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
            if (webapps) {
                headers.frameOptions(frame -> frame.sameOrigin());
            } else {
                headers.frameOptions(frame -> frame.deny());
            }
            // Written when the answer is committed and only if none is set yet: Camunda's header filter has set its
            // own policy (with the script nonce) on the webapp pages by then; its early refusals get this one.
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(PROJECT_CSP));
        });
    }

    /** The Camunda webapp login ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}) is throttled too. */
    @Bean
    FilterRegistrationBean<WebappLoginThrottleFilter> webappLoginThrottle(LoginThrottle throttle,
                                                                          ProblemSecurityHandlers handlers) {
        FilterRegistrationBean<WebappLoginThrottleFilter> registration =
                new FilterRegistrationBean<>(new WebappLoginThrottleFilter(throttle, handlers));
        registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
        registration.setOrder(10);
        return registration;
    }
}
