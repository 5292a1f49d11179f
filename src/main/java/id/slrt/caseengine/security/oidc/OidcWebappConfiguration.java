package id.slrt.caseengine.security.oidc;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.security.CrossSiteRequestFilter;
import id.slrt.caseengine.security.SecurityConfiguration;
import id.slrt.caseengine.security.SlrtPrincipal;
import id.slrt.caseengine.system.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.HtmlUtils;

/**
 * Single sign-on for the Camunda webapps (Tasklist, Cockpit, Admin) and, through the same session, the project's
 * pages: Spring Security's OAuth2 login (authorization code with PKCE) against the identity provider, then Camunda's
 * container-based authentication ({@link ContainerBasedAuthenticationFilter} with
 * {@link OidcWebappAuthenticationProvider}, {@link OidcContainerAuthenticationFilter}) hands the session's user, groups and tenants to the webapps and the
 * engine. Logout ({@code POST /logout}) ends the app's session and then the provider's (RP-initiated logout).
 *
 * <p>Why not Camunda's {@code camunda-bpm-spring-boot-starter-security} (its OAuth2 SSO for the webapps, settings
 * {@code camunda.bpm.oauth2.*}): the 7.24.0 artifact is not served by the Maven repository this project builds from;
 * its identity provider gives the engine groups from the token but no tenants, so region scoping (one Camunda tenant
 * per regency) would see nothing; and it covers neither the engine REST API nor the project's API with bearer tokens
 * or the restricted-case and {@code @PreAuthorize} checks that read the project's {@link SlrtPrincipal}. Wiring
 * Camunda's own container-based authentication takes two small classes and keeps every check as it is for the
 * built-in login.
 */
@Configuration
@ConditionalOnProperty(prefix = "slrt.security.oidc", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(OidcProperties.class)
public class OidcWebappConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OidcWebappConfiguration.class);

    /**
     * Before the project's own chains (orders 1 to 4), for the paths a browser session needs: the webapps, the
     * OAuth2 login and callback, and logout. The staff pages ({@code /app/**}) keep their chain and read the same
     * session.
     */
    @Bean
    @Order(0)
    SecurityFilterChain oidcWebappChain(HttpSecurity http, OidcSecurity oidc, ClientRegistrationRepository registrations,
                                        ObjectMapper json) throws Exception {
        OidcProperties properties = oidc.properties();
        SecurityConfiguration.secureHeaders(http, true);
        http.securityMatcher(new OrRequestMatcher(path("/camunda/**"), path("/oauth2/**"), path("/login/oauth2/**"),
                        path("/logout")))
                .addFilterBefore(new CrossSiteRequestFilter(json), LogoutFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path("/oauth2/**"), path("/login/oauth2/**")).permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .loginPage(OidcSecurity.AUTHORIZATION_PATH + properties.getRegistrationId())
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(pkce(registrations)))
                        .successHandler(successHandler(oidc.mapper()))
                        .failureHandler(failureHandler()))
                .logout(logout -> logout
                        .logoutRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/logout"))
                        .logoutSuccessHandler(new OidcLogoutSuccessHandler(registrations,
                                properties.getPostLogoutRedirectUri()))
                        .deleteCookies("JSESSIONID", "XSRF-TOKEN"))
                // Only page loads are remembered to return to after the provider's login, never the webapps' own
                // API calls (a call refused after the session ended would otherwise be where the login lands).
                .requestCache(cache -> cache.requestCache(pageRequests()))
                .exceptionHandling(errors -> errors
                        // The webapps' own API calls (XHR) get 401: Camunda then shows its login view, which the
                        // SSO script (SsoWebappScript) turns into a page load that goes to the identity provider.
                        .defaultAuthenticationEntryPointFor((request, response, e) -> problem(json, response,
                                        HttpStatus.UNAUTHORIZED, "Sesi berakhir",
                                        "Sesi Anda sudah berakhir; muat ulang halaman untuk masuk lagi"),
                                path("/camunda/api/**"))
                        .defaultAuthenticationEntryPointFor(oidc.loginEntryPoint(), AnyRequestMatcher.INSTANCE))
                // The Camunda webapps keep their own CSRF protection (XSRF-TOKEN cookie and header); the login
                // callback is protected by OAuth2's state and PKCE; logout is refused from other sites (above).
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    private static HttpSessionRequestCache pageRequests() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(new AndRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/camunda/**"),
                new NegatedRequestMatcher(path("/camunda/api/**"))));
        return cache;
    }

    /** Authorization requests with PKCE (S256) also for this confidential client, as OAuth 2.0 Security BCP asks. */
    private static OAuth2AuthorizationRequestResolver pkce(ClientRegistrationRepository registrations) {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }

    /**
     * Camunda's container-based authentication on every webapp path, after the Spring Security chain (order -100)
     * and before Camunda's own filters (registered after all application filters).
     */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> oidcWebappAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new OidcContainerAuthenticationFilter());
        registration.addInitParameter("authentication-provider", OidcWebappAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/camunda/*");
        registration.setName("oidcWebappAuthentication");
        registration.setOrder(0);
        return registration;
    }

    /**
     * Camunda's webapp session re-reads a user's groups and tenants from its identity tables every few minutes
     * ({@code camunda.bpm.webapp.auth.cache}); a single sign-on user has none there, so the re-read would take the
     * token's groups and regencies away mid-session. Off: they stay as the identity provider gave them at login.
     */
    @Bean
    static BeanPostProcessor camundaAuthenticationCacheOff() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof CamundaBpmProperties camunda) {
                    camunda.getWebapp().getAuth().getCache().setTtlEnabled(false);
                }
                return bean;
            }
        };
    }

    /**
     * After the provider's login: the session holds the project's principal (user, groups and tenants from the ID
     * token's claims) with the ID token for logout, then the browser goes back to the page it asked for.
     */
    static AuthenticationSuccessHandler successHandler(OidcClaimMapper mapper) {
        SavedRequestAwareAuthenticationSuccessHandler target = new SavedRequestAwareAuthenticationSuccessHandler();
        target.setDefaultTargetUrl("/camunda/app/tasklist/");
        SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
        return (request, response, authentication) -> {
            OAuth2AuthenticationToken token = (OAuth2AuthenticationToken) authentication;
            OidcUser user = (OidcUser) token.getPrincipal();
            SlrtPrincipal principal;
            try {
                principal = mapper.principal(user.getClaims());
            } catch (IllegalArgumentException e) {
                refuse(request, response, HttpStatus.FORBIDDEN, e.getMessage());
                return;
            }
            if (principal.groupIds().isEmpty()) {
                log.warn("Single sign-on user {} has no SLRT group in the token; refused", principal.userId());
                refuse(request, response, HttpStatus.FORBIDDEN, "Akun Anda (" + principal.userId() + ") belum diberi "
                        + "peran di SLRT oleh administrator penyedia identitas. Hubungi administrator kantor.");
                return;
            }
            Authentication staff = new OidcStaffAuthentication(principal, user.getIdToken().getTokenValue(),
                    token.getAuthorizedClientRegistrationId());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(staff);
            SecurityContextHolder.setContext(context);
            repository.saveContext(context, request, response);
            log.info("Single sign-on login of {} (groups {}, tenants {})", principal.userId(), principal.groupIds(),
                    principal.tenantIds());
            target.onAuthenticationSuccess(request, response, staff);
        };
    }

    static AuthenticationFailureHandler failureHandler() {
        return (request, response, e) -> {
            String reason = e instanceof OAuth2AuthenticationException oauth && oauth.getError() != null
                    ? oauth.getError().getErrorCode() : e.getClass().getSimpleName();
            log.warn("Single sign-on login failed: {}", reason);
            refuse(request, response, HttpStatus.UNAUTHORIZED,
                    "Masuk lewat penyedia identitas tidak berhasil (" + reason + ").");
        };
    }

    /** A small page in Indonesian; the session (if any) ends so that nothing half-logged-in remains. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                               String message) throws IOException {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        String page = "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Gagal masuk - SLRT</title>"
                + "</head><body><main><h1>Gagal masuk</h1><p>" + HtmlUtils.htmlEscape(message) + "</p>"
                + "<p><a href=\"/camunda/app/tasklist/\">Coba lagi</a></p></main></body></html>";
        response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }

    private static void problem(ObjectMapper json, HttpServletResponse response, HttpStatus status, String title,
                                String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), Problems.of(status, "unauthenticated", title, detail));
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
