package id.slrt.caseengine.casefile;

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

    private CaseVariables() {
    }

    public static Map<String, Object> of(long caseId, String registrationNumber, NewCase newCase, String regionName) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CASE_ID, caseId);
        variables.put(REGISTRATION_NUMBER, registrationNumber);
        variables.put(SERVICE_TYPE, newCase.serviceType());
        variables.put(CHANNEL, newCase.channel());
        variables.put(REGION_CODE, newCase.regionCode());
        variables.put(REGION_NAME, regionName);
        variables.put(DESCRIPTION, newCase.description());
        variables.put(SUBJECT_NAME, newCase.subject() == null ? null : newCase.subject().name());
        return variables;
    }
}
