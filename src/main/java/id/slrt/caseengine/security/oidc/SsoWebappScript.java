package id.slrt.caseengine.security.oidc;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /sso/webapp.js}: the part of single sign-on that has to run in the Camunda webapps' pages, loaded by their
 * {@code scripts/config.js} ({@code customScripts}). Tasklist, Cockpit and Admin log out with a call to Camunda's own
 * API and then show Camunda's login form; with single sign-on the log-out menu item must end the identity provider's
 * session instead ({@code POST /logout}, which answers the provider's logout address) and the login form must give
 * way to the provider's login. Without single sign-on the module is empty and the webapps behave as shipped.
 */
@RestController
public class SsoWebappScript {

    static final String OFF = "// Single sign-on is off: the Camunda webapps use their own login.\nexport {};\n";

    static final String ON = """
            // SLRT Case Engine: single sign-on in the Camunda webapps (served by SsoWebappScript).
            // Log-out: end the app's session and then the identity provider's (RP-initiated logout).
            document.addEventListener('click', (event) => {
              const item = event.target instanceof Element ? event.target.closest('li.logout a, li.logout button') : null;
              if (!item) return;
              event.preventDefault();
              event.stopImmediatePropagation();
              fetch('/logout', { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json' } })
                .then((response) => (response.ok ? response.json() : { location: '/camunda/app/tasklist/' }))
                .then((answer) => window.location.assign(answer.location || '/camunda/app/tasklist/'))
                .catch(() => window.location.assign('/camunda/app/tasklist/'));
            }, true);

            // Camunda's login form cannot log anyone in here: when the session has ended, load the page again, so
            // that the server sends the browser to the identity provider's login. At most once in 10 s (no loop).
            const toIdentityProvider = () => {
              if (!/^#\\/login/.test(window.location.hash)) return;
              const last = Number(window.sessionStorage.getItem('slrt-sso-login') || 0);
              if (Date.now() - last < 10000) return;
              window.sessionStorage.setItem('slrt-sso-login', String(Date.now()));
              window.location.replace(window.location.pathname);
            };
            window.addEventListener('hashchange', toIdentityProvider);
            toIdentityProvider();
            export {};
            """;

    private final boolean enabled;

    public SsoWebappScript(OidcProperties properties) {
        this.enabled = properties.isEnabled();
    }

    @GetMapping(value = "/sso/webapp.js", produces = "text/javascript")
    public ResponseEntity<String> script() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                .body(enabled ? ON : OFF);
    }
}
