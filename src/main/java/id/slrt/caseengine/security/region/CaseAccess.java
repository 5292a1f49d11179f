package id.slrt.caseengine.security.region;

import id.slrt.caseengine.security.SlrtPrincipal;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which regencies the staff member behind the current request may see. Requests without a staff principal
 * (the engine's own jobs, webhooks, internal calls) are not restricted here.
 */
@Component
public class CaseAccess {

    /** The current staff member, if the request has one. */
    public Optional<SlrtPrincipal> currentStaff() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SlrtPrincipal principal
                ? Optional.of(principal) : Optional.empty();
    }

    /** Whether the current request may see a case of this regency. */
    public boolean maySee(String regencyCode) {
        return currentStaff().map(p -> ServedRegions.mayAccess(p, regencyCode)).orElse(true);
    }

    /** The regencies the current staff member may see; empty when not restricted (administrators, internal calls). */
    public Optional<Set<String>> visibleRegencies() {
        return currentStaff().filter(p -> !p.inGroup(id.slrt.caseengine.security.Groups.ADMIN))
                .map(ServedRegions::regenciesOf);
    }
}
