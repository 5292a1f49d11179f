package id.slrt.caseengine.security.region;

/** What decides who may see a case: its regency, its service, and who works it. */
public interface ScopedCase {

    String regionCode();

    String serviceType();

    String assignedCaseworker();

    String currentAssignee();

    /** The case's district (kecamatan), when known: district-scoped staff see only their districts' cases. */
    default String districtCode() {
        return null;
    }
}
