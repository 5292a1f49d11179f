package id.slrt.caseengine.security;

import static id.slrt.caseengine.security.Groups.ADMIN;
import static id.slrt.caseengine.security.Groups.CASEWORKER;
import static id.slrt.caseengine.security.Groups.FRONT_OFFICE;
import static id.slrt.caseengine.security.Groups.OPD_LIAISON;
import static id.slrt.caseengine.security.Groups.SUPERVISOR;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Doors: the APIs ({@code /api}, {@code /engine-rest}, metrics) with HTTP Basic against the Camunda identity
 * service; the project's own staff pages ({@code /app/**}) behind the Camunda webapp login; everything else
 * (Camunda webapps with their own login and CSRF protection, public citizen pages, webhooks that check their
 * own signatures) open at this level. Feature controllers restrict roles with {@code @PreAuthorize}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
public class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain engineRestChain(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
                                        ProblemSecurityHandlers handlers, IdentityService identity) throws Exception {
        basicAuthApi(http.securityMatcher(path("/engine-rest/**")), provider, handlers)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // The engine checks its own authorizations against this user for every REST call.
                .addFilterAfter(new EngineAuthenticationFilter(identity), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
                                 ProblemSecurityHandlers handlers) throws Exception {
        basicAuthApi(http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/actuator/prometheus"))), provider, handlers)
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

    private static HttpSecurity basicAuthApi(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
                                             ProblemSecurityHandlers handlers) throws Exception {
        return http.authenticationProvider(provider)
                .httpBasic(basic -> basic.authenticationEntryPoint(handlers.entryPoint()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(handlers.entryPoint())
                        .accessDeniedHandler(handlers.accessDenied()))
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
                                  ProblemSecurityHandlers handlers) throws Exception {
        http.securityMatcher(path("/app/**"))
                .authenticationProvider(provider)
                // Scripts and tests may log in with HTTP Basic; browsers use the Camunda webapp session.
                .httpBasic(basic -> basic.authenticationEntryPoint(
                        new LoginUrlAuthenticationEntryPoint("/camunda/app/tasklist/")))
                .addFilterBefore(new CamundaSessionAuthenticationFilter(), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/camunda/app/tasklist/"))
                        .accessDeniedHandler(handlers.accessDenied()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER));
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain webappChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // The Camunda webapps protect themselves with their own CSRF filter (XSRF-TOKEN cookie).
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }
}
