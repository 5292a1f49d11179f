package id.slrt.caseengine.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** {@code POST /api/cases} body. Which subject fields are required depends on the service (DMN {@code intakeRequirements}). */
public record CaseIntakeRequest(
        @Schema(description = "Service type, routed to a process by the DMN table serviceProcess (the allowed values "
                + "are the services that table serves now)", example = "COMPLAINT")
        String serviceType,
        @Schema(example = "WALK_IN") Channel channel,
        @Schema(description = "4-digit regency/city code (Kepmendagri 2025) of the office handling the case", example = "3516")
        String regionCode,
        Subject subject,
        Reporter reporter,
        @Schema(example = "Bantuan PKH belum cair sejak Maret") String description,
        @Schema(description = "Optional category (DMN caseCategory, bpmn/case-categories.dmn); for a complaint one of "
                + "SOCIAL_EMPOWERMENT, SOCIAL_PROTECTION, SOCIAL_REHABILITATION, AID_MISUSE. AID_MISUSE hides the "
                + "reporter's identity from everyone but the supervisor group from the start.",
                example = "SOCIAL_PROTECTION")
        String category,
        @Schema(description = "PPKS types of the case (codes of the DMN table ppksType, bpmn/ppks-types.dmn: the 26 "
                + "of Permensos 8/2012 kept by Permensos 5/2019). Optional: when empty the case carries the types "
                + "its service suggests in the catalogue; the caseworker may change them at assessment.",
                example = "[\"FAKIR_MISKIN\"]")
        java.util.List<String> ppksTypes) {

    /** A request without PPKS types (the catalogue's suggestion applies). */
    public CaseIntakeRequest(String serviceType, Channel channel, String regionCode, Subject subject, Reporter reporter,
                             String description, String category) {
        this(serviceType, channel, regionCode, subject, reporter, description, category, null);
    }

    /** A request without a category (the caseworker sets it at triage). */
    public CaseIntakeRequest(String serviceType, Channel channel, String regionCode, Subject subject, Reporter reporter,
                             String description) {
        this(serviceType, channel, regionCode, subject, reporter, description, null);
    }

    /** The person the case is about (PPKS). */
    public record Subject(
            @Schema(example = "3516015203850001") String nik,
            @Schema(example = "3516011503200001") String kkNumber,
            @Schema(example = "Sri Wahyuni") String name,
            @Schema(example = "1985-03-12") LocalDate birthDate,
            Sex sex,
            @Schema(example = "Jl. RA Basuni 8, Sooko") String address) {
    }

    /** Who reported; the answer goes back to this phone number. */
    public record Reporter(
            @Schema(example = "Sri Wahyuni") String name,
            @Schema(example = "+6281234500001") String phone) {
    }
}
