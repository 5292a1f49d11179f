package id.slrt.caseengine.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Intake requests as a front end would send them; tests change one field at a time. */
public final class TestCases {

    public static final String VALID_NIK_FEMALE = "3516015203850001";
    public static final String VALID_KK = "3516011503200001";

    private TestCases() {
    }

    public static Map<String, Object> complaint() {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("nik", VALID_NIK_FEMALE);
        subject.put("kkNumber", VALID_KK);
        subject.put("name", "Sri Wahyuni");
        subject.put("birthDate", "1985-03-12");
        subject.put("sex", "F");
        subject.put("address", "Jl. RA Basuni 8, Sooko");
        Map<String, Object> reporter = new LinkedHashMap<>();
        reporter.put("name", "Sri Wahyuni");
        reporter.put("phone", "+6281234500001");
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("serviceType", "COMPLAINT");
        request.put("channel", "WALK_IN");
        request.put("regionCode", "3516");
        request.put("subject", subject);
        request.put("reporter", reporter);
        request.put("description", "Bantuan PKH belum cair sejak Maret");
        return request;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> withSubject(Map<String, Object> request, String field, Object value) {
        ((Map<String, Object>) request.get("subject")).put(field, value);
        return request;
    }
}
