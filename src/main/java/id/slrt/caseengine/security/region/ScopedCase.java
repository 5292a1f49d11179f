package id.slrt.caseengine.security.region;

/** What decides who may see a case: its regency, its service, and who works it. */
public interface ScopedCase {

    String regionCode();

    String serviceType();

    String assignedCaseworker();

    String currentAssignee();
}
