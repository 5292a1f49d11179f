package id.slrt.caseengine.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code slrt.admin}, {@code slrt.security}, {@code slrt.regions}, {@code slrt.case-access}: who may log in and what
 * they see.
 */
@ConfigurationProperties("slrt")
public class SecurityProperties {

    private final Admin admin = new Admin();
    private final Security security = new Security();
    private final Regions regions = new Regions();
    private final CaseAccess caseAccess = new CaseAccess();

    public Admin getAdmin() {
        return admin;
    }

    public Security getSecurity() {
        return security;
    }

    public Regions getRegions() {
        return regions;
    }

    public CaseAccess getCaseAccess() {
        return caseAccess;
    }

    /** The first administrator of an external database (no demo users there), created once. */
    public static class Admin {
        /** User id of the first administrator; empty: none is created. */
        private String user = "";
        /** Password of the first administrator, at least 12 characters. */
        private String password = "";

        public String getUser() {
            return user;
        }

        public void setUser(String user) {
            this.user = user;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }

    public static class Security {
        /** Session and CSRF cookies only over HTTPS; unset: on outside the embedded default (SecureCookieDefaults). */
        private Boolean secureCookies;
        /** How long a checked password is remembered, so API calls do not hash it on every request. */
        private Duration credentialCache = Duration.ofSeconds(30);
        private final LoginThrottle loginThrottle = new LoginThrottle();
        private final MetricsScrape metricsScrape = new MetricsScrape();

        public MetricsScrape getMetricsScrape() {
            return metricsScrape;
        }

        public Boolean getSecureCookies() {
            return secureCookies;
        }

        public void setSecureCookies(Boolean secureCookies) {
            this.secureCookies = secureCookies;
        }

        public Duration getCredentialCache() {
            return credentialCache;
        }

        public void setCredentialCache(Duration credentialCache) {
            this.credentialCache = credentialCache;
        }

        public LoginThrottle getLoginThrottle() {
            return loginThrottle;
        }
    }

    /** Password guessing: after maxFailures of one user from one address within window, refused for lockout. */
    /** The credential Prometheus scrapes /actuator/prometheus with: not a person's login (security/MetricsScrapeCredential). */
    public static class MetricsScrape {
        /** User name of the scrape credential; not a user id of the identity service. */
        private String username = "prometheus";
        /** Its password (16+ characters); empty: no scrape credential, only supervisors and administrators read metrics. */
        private String password = "";

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }

    public static class LoginThrottle {
        private int maxFailures = 5;
        private Duration window = Duration.ofMinutes(15);
        private Duration lockout = Duration.ofMinutes(15);

        public int getMaxFailures() {
            return maxFailures;
        }

        public void setMaxFailures(int maxFailures) {
            this.maxFailures = maxFailures;
        }

        public Duration getWindow() {
            return window;
        }

        public void setWindow(Duration window) {
            this.window = window;
        }

        public Duration getLockout() {
            return lockout;
        }

        public void setLockout(Duration lockout) {
            this.lockout = lockout;
        }
    }

    public static class Regions {
        /**
         * The regencies this installation serves (4-digit codes; one for a district office, up to all of a province);
         * empty: every regency. On the embedded default, unset means the five demo regencies.
         */
        private List<String> served = new ArrayList<>();

        public List<String> getServed() {
            return served;
        }

        public void setServed(List<String> served) {
            this.served = served;
        }
    }

    /**
     * Restricted cases (children's cases: UU SPPA and UU PDP): seen only by these groups and the caseworker the case is
     * assigned to, in the case API, search, audit, pages and Tasklist.
     */
    public static class CaseAccess {
        /** Service types whose cases only the assigned caseworker and {@link #visibleToGroups} see. */
        private List<String> restrictedServiceTypes = List.of("ABH_ASSISTANCE");
        /** Groups that see every restricted case of their regencies. */
        private List<String> visibleToGroups = List.of("supervisor");

        public List<String> getRestrictedServiceTypes() {
            return restrictedServiceTypes;
        }

        public void setRestrictedServiceTypes(List<String> restrictedServiceTypes) {
            this.restrictedServiceTypes = restrictedServiceTypes;
        }

        public List<String> getVisibleToGroups() {
            return visibleToGroups;
        }

        public void setVisibleToGroups(List<String> visibleToGroups) {
            this.visibleToGroups = visibleToGroups;
        }

        public Set<String> restrictedTypes() {
            return restrictedServiceTypes.stream().map(String::strip).filter(s -> !s.isEmpty())
                    .collect(Collectors.toSet());
        }

        public boolean isRestricted(String serviceType) {
            return serviceType != null && restrictedTypes().contains(serviceType);
        }
    }
}
