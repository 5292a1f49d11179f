package id.slrt.caseengine.survey;

import id.slrt.caseengine.casefile.CaseClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Invites the citizen to the satisfaction survey when a case closes (same transaction as the closing). */
@Component
public class SurveyInvitationListener {

    private final SurveyInvitationService invitations;

    public SurveyInvitationListener(SurveyInvitationService invitations) {
        this.invitations = invitations;
    }

    @EventListener
    public void onCaseClosed(CaseClosedEvent closed) {
        invitations.inviteOnClose(closed);
    }
}
