package id.slrt.caseengine.survey;

import id.slrt.caseengine.catalogue.ServiceLabels;
import id.slrt.caseengine.system.OfficeClock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens a survey from a link or code and records the one answer it allows. */
@Service
public class SurveyResponseService {

    private final SurveyInvitationRepository invitations;
    private final JdbcClient jdbc;
    private final ServiceLabels services;
    private final SurveyInvitationService invitationService;
    private final OfficeClock clock;

    public SurveyResponseService(SurveyInvitationRepository invitations, JdbcClient jdbc, ServiceLabels services,
                                 SurveyInvitationService invitationService, OfficeClock clock) {
        this.invitations = invitations;
        this.jdbc = jdbc;
        this.services = services;
        this.invitationService = invitationService;
        this.clock = clock;
    }

    /** What the survey page shows about the service being rated. */
    public record SurveyContext(String office, String service, LocalDate servedOn) {
    }

    @Transactional(readOnly = true)
    public SurveyContext open(SurveyKey key) {
        SurveyInvitation invitation = usable(key, clock.now());
        return new SurveyContext(invitationService.officeName(invitation.regionCode()),
                services.labelOf(invitation.serviceType()), invitation.servedOn());
    }

    @Transactional
    public void answer(SurveyKey key, SurveyAnswers answers) {
        OffsetDateTime now = clock.now();
        SurveyInvitation invitation = usable(key, now);
        if (!invitations.claimForAnswer(invitation.id(), key.kind(), now)) {
            // Lost a race with another submission (or the secret expired a moment ago).
            SurveyInvitation current = invitations.findByCase(invitation.caseId()).orElseThrow();
            throw new SurveyLinkException(current.answered()
                    ? SurveyLinkException.Reason.ANSWERED : SurveyLinkException.Reason.EXPIRED);
        }
        jdbc.sql("""
                        insert into slrt.survey_response (region_code, service_type, served_on, answered_on,
                            u1, u2, u3, u4, u5, u6, u7, u8, u9, age_group, sex, education, occupation, comment)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(invitation.regionCode(), invitation.serviceType(), invitation.servedOn(),
                        now.atZoneSameInstant(clock.zone()).toLocalDate(),
                        answers.score(SurveyElement.U1), answers.score(SurveyElement.U2),
                        answers.score(SurveyElement.U3), answers.score(SurveyElement.U4),
                        answers.score(SurveyElement.U5), answers.score(SurveyElement.U6),
                        answers.score(SurveyElement.U7), answers.score(SurveyElement.U8),
                        answers.score(SurveyElement.U9),
                        name(answers.ageGroup()), name(answers.sex()), name(answers.education()),
                        name(answers.occupation()), answers.comment())
                .update();
    }

    private SurveyInvitation usable(SurveyKey key, OffsetDateTime now) {
        SurveyInvitation invitation = key.hash().flatMap(hash -> invitations.findBySecret(key.kind(), hash))
                .orElseThrow(() -> new SurveyLinkException(SurveyLinkException.Reason.UNKNOWN));
        if (invitation.answered()) {
            throw new SurveyLinkException(SurveyLinkException.Reason.ANSWERED);
        }
        OffsetDateTime expires = key.kind() == SurveyInvitationRepository.SecretKind.LINK
                ? invitation.linkExpiresAt() : invitation.codeExpiresAt();
        if (!expires.isAfter(now)) {
            throw new SurveyLinkException(SurveyLinkException.Reason.EXPIRED);
        }
        return invitation;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
