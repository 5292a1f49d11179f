package id.slrt.caseengine.survey;

import java.util.Optional;

/** What a citizen opens the survey with: the token of a sent link or a printed code as typed. */
public record SurveyKey(SurveyInvitationRepository.SecretKind kind, String value) {

    public static SurveyKey link(String token) {
        return new SurveyKey(SurveyInvitationRepository.SecretKind.LINK, token);
    }

    public static SurveyKey code(String typed) {
        return new SurveyKey(SurveyInvitationRepository.SecretKind.CODE, typed);
    }

    Optional<String> hash() {
        return kind == SurveyInvitationRepository.SecretKind.LINK
                ? SurveySecrets.linkTokenHash(value) : SurveySecrets.printedCodeHash(value);
    }

    @Override
    public String toString() {
        return "SurveyKey[" + kind + "]";
    }
}
