package id.slrt.caseengine.survey;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A row of {@code slrt.survey_invitation} with the case's registration number (secret hashes left out). */
public record SurveyInvitation(long id, long caseId, String registrationNumber, String regionCode, String serviceType,
                               LocalDate servedOn, Delivery delivery, String sendChannel,
                               OffsetDateTime linkExpiresAt, OffsetDateTime codeIssuedAt,
                               OffsetDateTime codeExpiresAt, OffsetDateTime answeredAt) {

    /** How the citizen was invited when the case closed. */
    public enum Delivery { LINK, PRINTED_CODE }

    public boolean answered() {
        return answeredAt != null;
    }
}
