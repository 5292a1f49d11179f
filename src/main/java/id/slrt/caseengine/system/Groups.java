package id.slrt.caseengine.system;

import java.util.List;

/** The Camunda identity groups of an SLRT office; a user's groups are their roles. */
public final class Groups {

    public static final String FRONT_OFFICE = "front-office";
    public static final String CASEWORKER = "caseworker";
    public static final String SUPERVISOR = "supervisor";
    public static final String ANALYST = "analyst";
    public static final String OPD_LIAISON = "opd-liaison";
    public static final String ADMIN = "camunda-admin";

    public static final List<String> ALL = List.of(FRONT_OFFICE, CASEWORKER, SUPERVISOR, ANALYST, OPD_LIAISON, ADMIN);

    private Groups() {
    }

    /** Indonesian display name of a group, as shown in Camunda Admin. */
    public static String displayName(String group) {
        return switch (group) {
            case FRONT_OFFICE -> "Petugas Front Office / Operator Puskesos";
            case CASEWORKER -> "Pekerja Sosial";
            case SUPERVISOR -> "Supervisor / Kepala Bidang";
            case ANALYST -> "Analis Proses";
            case OPD_LIAISON -> "Penghubung OPD";
            case ADMIN -> "Administrator";
            default -> group;
        };
    }
}
