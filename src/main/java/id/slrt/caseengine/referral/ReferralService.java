package id.slrt.caseengine.referral;

import id.slrt.caseengine.casefile.CaseStatusService;
import id.slrt.caseengine.system.CurrentActor;
import id.slrt.caseengine.system.OfficeClock;
import id.slrt.caseengine.system.Texts;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referral rules every service shares: a referral needs the citizen's consent or a recorded override with its
 * reason, and ends with an outcome; an unsuccessful one needs a reason code. A refusal is a client error (the
 * task completion that led here is refused with the reason).
 */
@Service
public class ReferralService {

    public static final Set<String> CONSENTS = Set.of("GIVEN", "OVERRIDDEN");
    public static final Set<String> OUTCOMES = Set.of("SUCCESSFUL", "UNSUCCESSFUL");
    public static final Map<String, String> REASONS = Map.of(
            "CLIENT_REFUSED", "klien menolak",
            "LACK_OF_CAPACITY", "instansi tidak punya kapasitas",
            "NO_LONGER_NEEDED", "tidak diperlukan lagi",
            "UNABLE_TO_CONTACT_CLIENT", "klien tidak dapat dihubungi",
            "UNABLE_TO_CONTACT_AGENCY", "instansi tidak dapat dihubungi",
            "AGENCY_DECLINED", "instansi menolak permohonan");

    public record Opened(long referralId, String agencyName) {
    }

    private final ReferralRepository referrals;
    private final CaseStatusService statuses;
    private final OfficeClock clock;
    private final CurrentActor actor;

    public ReferralService(ReferralRepository referrals, CaseStatusService statuses, OfficeClock clock, CurrentActor actor) {
        this.referrals = referrals;
        this.statuses = statuses;
        this.clock = clock;
        this.actor = actor;
    }

    @Transactional
    public Opened refer(long caseId, String agencyCode, String purpose, String consent, String overrideReason) {
        String agencyName = referrals.agencyName(agencyCode).orElseThrow(() -> new IllegalStateException(
                "Unknown agency code '" + agencyCode + "': add it to slrt.agency before using it in a diagram"));
        if (consent == null || !CONSENTS.contains(consent)) {
            throw new BadUserRequestException("Rujukan ke " + agencyName
                    + " memerlukan persetujuan klien (GIVEN) atau pengecualian yang dicatat (OVERRIDDEN)");
        }
        if ("OVERRIDDEN".equals(consent) && (overrideReason == null || overrideReason.isBlank())) {
            throw new BadUserRequestException("Rujukan ke " + agencyName
                    + " tanpa persetujuan klien harus disertai alasan pengecualian");
        }
        OffsetDateTime now = clock.now();
        long id = referrals.open(caseId, agencyCode, purpose, consent, Texts.trimToNull(overrideReason), now, actor.name());
        statuses.changeStatus(caseId, "REFERRED", "Dirujuk ke " + agencyName);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("referralId", id);
        details.put("agency", agencyCode);
        details.put("consent", consent);
        statuses.record(caseId, "REFERRAL_SENT", null, details);
        return new Opened(id, agencyName);
    }

    @Transactional
    public boolean close(long caseId, Long referralId, String outcome, String reasonCode, String note,
                         String reference) {
        if (outcome == null || !OUTCOMES.contains(outcome)) {
            throw new BadUserRequestException("Hasil rujukan harus SUCCESSFUL (berhasil) atau UNSUCCESSFUL (tidak berhasil)");
        }
        String reason = Texts.trimToNull(reasonCode);
        if ("UNSUCCESSFUL".equals(outcome) && (reason == null || !REASONS.containsKey(reason))) {
            throw new BadUserRequestException("Rujukan yang tidak berhasil memerlukan alasan: "
                    + String.join(", ", REASONS.keySet()));
        }
        if ("SUCCESSFUL".equals(outcome)) {
            reason = null;
        }
        long id = referralId != null ? referralId : referrals.latestOpen(caseId).orElseThrow(() ->
                new IllegalStateException("Case " + caseId + " has no open referral to close"));
        if (!referrals.close(id, caseId, outcome, reason, Texts.trimToNull(note), Texts.trimToNull(reference), clock.now(),
                actor.name())) {
            throw new IllegalStateException("Referral " + id + " of case " + caseId + " is not open");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("referralId", id);
        details.put("outcome", outcome);
        if (reason != null) {
            details.put("reasonCode", reason);
        }
        if (Texts.trimToNull(reference) != null) {
            details.put("reference", reference.strip());
        }
        statuses.record(caseId, "REFERRAL_CLOSED", null, details);
        return "SUCCESSFUL".equals(outcome);
    }

}
