package id.slrt.caseengine.security.oidc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0): after the app's session has ended, the browser goes
 * to the identity provider's {@code end_session_endpoint} with the ID token as {@code id_token_hint}, so the
 * provider's session ends too (otherwise the next visit would log the user in again without a password), and comes
 * back to {@code post-logout-redirect-uri}. A script's request ({@code Accept: application/json}, the webapps' log-out
 * menu item) gets the address as JSON instead of a redirect: the Camunda webapps' Content-Security-Policy
 * ({@code form-action 'self'}) would block a form's redirect to another origin.
 */
class OidcLogoutSuccessHandler implements LogoutSuccessHandler {

    private final ClientRegistrationRepository registrations;
    private final String postLogoutRedirectUri;

    OidcLogoutSuccessHandler(ClientRegistrationRepository registrations, String postLogoutRedirectUri) {
        this.registrations = registrations;
        this.postLogoutRedirectUri = postLogoutRedirectUri;
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        String back = postLogoutRedirectUri.replace("{baseUrl}", baseUrl(request));
        String target = endSessionUri(authentication, back);
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(("{\"location\":\"" + jsonEscape(target) + "\"}")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.sendRedirect(target);
    }

    /** The provider's logout address, or straight back when the session was not an OIDC one or has no such endpoint. */
    String endSessionUri(Authentication authentication, String back) {
        if (!(authentication instanceof OidcStaffAuthentication staff)) {
            return back;
        }
        ClientRegistration registration = registrations.findByRegistrationId(staff.registrationId());
        Object endpoint = registration == null ? null
                : registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        if (endpoint == null) {
            return back;
        }
        return UriComponentsBuilder.fromUriString(endpoint.toString())
                .queryParam("id_token_hint", staff.idToken())
                .queryParam("post_logout_redirect_uri", back)
                .queryParam("client_id", registration.getClientId())
                .encode().build().toUriString();
    }

    static String baseUrl(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = ("http".equalsIgnoreCase(request.getScheme()) && port == 80)
                || ("https".equalsIgnoreCase(request.getScheme()) && port == 443);
        return UriComponentsBuilder.newInstance().scheme(request.getScheme()).host(request.getServerName())
                .port(defaultPort ? -1 : port).path(request.getContextPath()).build().toUriString();
    }

    private static String jsonEscape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
