package id.slrt.caseengine.step;

import java.util.HashMap;
import java.util.Map;

/**
 * Names of the process variables every SLRT process can rely on. Personal identity numbers (NIK, KK) and
 * phone numbers stay in the case file; steps that need them read them through {@code caseId}.
 */
public final class CaseVariables {

    public static final String CASE_ID = "caseId";
    public static final String REGISTRATION_NUMBER = "registrationNumber";
    public static final String SERVICE_TYPE = "serviceType";
    public static final String CHANNEL = "channel";
    public static final String REGION_CODE = "regionCode";
    public static final String REGION_NAME = "regionName";
    public static final String DESCRIPTION = "description";
    public static final String SUBJECT_NAME = "subjectName";

    /** Set by the intake when a case opens; the case file they point to is never a client's choice. */
    public static final java.util.Set<String> BINDING = java.util.Set.of(CASE_ID, REGISTRATION_NUMBER, SERVICE_TYPE,
            REGION_CODE, REGION_NAME, CHANNEL);

    private CaseVariables() {
    }

    /** The variables a case process starts with; none of them is personal data but the subject's name. */
    public static Map<String, Object> of(long caseId, String registrationNumber, String serviceType, String channel,
                                         String regionCode, String regionName, String description,
                                         String subjectName) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CASE_ID, caseId);
        variables.put(REGISTRATION_NUMBER, registrationNumber);
        variables.put(SERVICE_TYPE, serviceType);
        variables.put(CHANNEL, channel);
        variables.put(REGION_CODE, regionCode);
        variables.put(REGION_NAME, regionName);
        variables.put(DESCRIPTION, description);
        variables.put(SUBJECT_NAME, subjectName);
        return variables;
    }
}
