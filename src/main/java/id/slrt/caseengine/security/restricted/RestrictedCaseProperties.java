package id.slrt.caseengine.security.restricted;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code slrt.case-access.*}: which services' cases are restricted (children's cases: UU SPPA and UU PDP) and which
 * groups see them besides the caseworker the case is assigned to.
 */
@ConfigurationProperties("slrt.case-access")
public class RestrictedCaseProperties {

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
        return restrictedServiceTypes.stream().map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    public boolean isRestricted(String serviceType) {
        return serviceType != null && restrictedTypes().contains(serviceType);
    }
}
