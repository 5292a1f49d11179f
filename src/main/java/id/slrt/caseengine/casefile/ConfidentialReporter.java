package id.slrt.caseengine.casefile;

import id.slrt.caseengine.system.Groups;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who may see a protected reporter (the supervisor group), and what is withheld from everyone else. */
public final class ConfidentialReporter {

    /** Event-detail keys that could carry who reported. */
    static final Set<String> IDENTITY_KEYS = Set.of("sender", "senderName", "recipient", "reporterName",
            "reporterPhone", "phone");

    private ConfidentialReporter() {
    }

    public static boolean callerMaySee() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> Groups.SUPERVISOR.equals(a.getAuthority()));
    }

    static boolean sameName(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }

    static Map<String, Object> redact(Map<String, Object> details) {
        if (details == null) {
            return null;
        }
        Map<String, Object> copy = new LinkedHashMap<>(details);
        IDENTITY_KEYS.forEach(key -> {
            if (copy.containsKey(key)) {
                copy.put(key, ClassifyCaseDelegate.WITHHELD);
            }
        });
        return copy;
    }
}
