package id.slrt.caseengine.documents;

import id.slrt.caseengine.security.region.ScopedCase;

/** The few facts of a case that decide who may see its documents (read here so documents need no case feature). */
public record DocumentCase(long id, String registrationNumber, String regionCode, String serviceType,
                           String assignedCaseworker, String currentAssignee, String processInstanceId,
                           boolean reporterConfidential, boolean closed, String status) implements ScopedCase {
}
