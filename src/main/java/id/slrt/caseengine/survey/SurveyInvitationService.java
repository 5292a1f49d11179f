package id.slrt.caseengine.survey;

import id.slrt.caseengine.casefile.CaseClosedEvent;
import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.casefile.CaseRecord;
import id.slrt.caseengine.casefile.CaseStatusService;
import id.slrt.caseengine.identity.RegionDirectory;
import id.slrt.caseengine.notification.NotificationOutbox;
import id.slrt.caseengine.security.region.CaseAccess;
import id.slrt.caseengine.system.IndonesianDates;
import id.slrt.caseengine.system.NotFoundException;
import id.slrt.caseengine.system.OfficeClock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Invites the citizen of a closed case to the satisfaction survey and prints survey codes for the front office. */
@Service
public class SurveyInvitationService {


    private final SurveyInvitationRepository invitations;
    private final CaseFileRepository cases;
    private final InvitationPolicy policy;
    private final SurveySecrets secrets;
    private final NotificationOutbox outbox;
    private final CaseStatusService caseLog;
    private final RegionDirectory regions;
    private final SurveyProperties properties;
    private final OfficeClock clock;
    private final CaseAccess access;

    public SurveyInvitationService(SurveyInvitationRepository invitations, CaseFileRepository cases,
                                   InvitationPolicy policy, SurveySecrets secrets, NotificationOutbox outbox,
                                   CaseStatusService caseLog, RegionDirectory regions, SurveyProperties properties,
                                   OfficeClock clock, CaseAccess access) {
        this.access = access;
        this.invitations = invitations;
        this.cases = cases;
        this.policy = policy;
        this.secrets = secrets;
        this.outbox = outbox;
        this.caseLog = caseLog;
        this.regions = regions;
        this.properties = properties;
        this.clock = clock;
    }

    /** Runs inside the closing transaction: the invitation and its message commit or roll back with the case. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void inviteOnClose(CaseClosedEvent closed) {
        Optional<String> phone = invitations.reporterPhone(closed.caseId());
        InvitationPolicy.Decision decision = policy.decide(closed.channel(), phone.isPresent(), closed.serviceType());
        OffsetDateTime now = clock.now();
        var servedOn = closed.closedAt().atZoneSameInstant(clock.zone()).toLocalDate();
        switch (decision.delivery()) {
            case NONE -> caseLog.record(closed.caseId(), "SURVEY_NOT_INVITED", null,
                    Map.of("reason", "Layanan ini tidak disurvei menurut tabel surveyInvitation"));
            case PRINTED_CODE -> {
                if (invitations.insert(closed.caseId(), closed.regionCode(), closed.serviceType(), servedOn,
                        SurveyInvitation.Delivery.PRINTED_CODE, null, null, null, now)) {
                    caseLog.record(closed.caseId(), "SURVEY_INVITED", null, Map.of("delivery", "PRINTED_CODE"));
                }
            }
            case LINK -> {
                String token = secrets.newLinkToken();
                OffsetDateTime expires = now.plus(properties.linkValidity());
                if (invitations.insert(closed.caseId(), closed.regionCode(), closed.serviceType(), servedOn,
                        SurveyInvitation.Delivery.LINK, decision.sendChannel(),
                        SurveySecrets.linkTokenHash(token).orElseThrow(), expires, now)) {
                    long outboxId = outbox.enqueue(closed.caseId(), decision.sendChannel(), phone.orElseThrow(),
                            invitationMessage(closed, token, expires), now,
                            id.slrt.caseengine.notification.MessageType.SURVEY_INVITATION, Map.of());
                    caseLog.record(closed.caseId(), "SURVEY_INVITED", null,
                            Map.of("delivery", "LINK", "channel", decision.sendChannel(), "outboxId", outboxId));
                }
            }
        }
    }

    private String invitationMessage(CaseClosedEvent closed, String token, OffsetDateTime expires) {
        return "Terima kasih telah menggunakan layanan " + officeName(closed.regionCode()) + ". Kasus "
                + closed.registrationNumber() + " telah selesai. Mohon nilai pelayanan kami (9 pertanyaan singkat): "
                + properties.linkUrl(token) + " Berlaku s.d. "
                + IndonesianDates.numericDay(expires, clock.zone()) + ".";
    }

    /** "Dinas Sosial Kabupaten Mojokerto". */
    public String officeName(String regionCode) {
        String name = regions.nameOf(regionCode);
        return name == null ? "Dinas Sosial" : "Dinas Sosial " + name;
    }

    @Transactional(readOnly = true)
    public InvitationStatus status(String registrationNumber) {
        CaseRecord record = closedCase(registrationNumber, false);
        return invitations.findByCase(record.id()).map(this::statusOf)
                .orElseGet(() -> new InvitationStatus(registrationNumber, record.closedAt() != null, false, null,
                        null, null, null, null, false, properties.surveyUrl()));
    }

    /**
     * A new printed code for a closed case (the previous printed code, if any, stops working; a sent link keeps
     * working). The code is shown once: only its hash is kept.
     */
    @Transactional
    public PrintedCode issuePrintedCode(String registrationNumber) {
        CaseRecord record = closedCase(registrationNumber, true);
        OffsetDateTime now = clock.now();
        SurveyInvitation invitation = invitations.findByCase(record.id()).orElseGet(() -> {
            // Closed before the survey existed, or a service the invitation table leaves out: staff asked anyway.
            invitations.insert(record.id(), record.regionCode(), record.serviceType(),
                    record.closedAt().atZoneSameInstant(clock.zone()).toLocalDate(),
                    SurveyInvitation.Delivery.PRINTED_CODE, null, null, null, now);
            return invitations.findByCase(record.id()).orElseThrow();
        });
        String code = secrets.newPrintedCode();
        OffsetDateTime expires = now.plus(properties.codeValidity());
        if (!invitations.setPrintedCode(invitation.id(), SurveySecrets.printedCodeHash(code).orElseThrow(), now, expires)) {
            throw new SurveyConflictException("Survei untuk kasus " + registrationNumber
                    + " sudah diisi; kode baru tidak diperlukan");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("expiresAt", expires.toString());
        caseLog.record(record.id(), "SURVEY_CODE_PRINTED", null, details);
        return new PrintedCode(registrationNumber, code, properties.surveyUrl(),
                expires.atZoneSameInstant(clock.zone()).toOffsetDateTime(), officeName(record.regionCode()));
    }

    private CaseRecord closedCase(String registrationNumber, boolean mustBeClosed) {
        CaseRecord record = cases.findByRegistrationNumber(registrationNumber).filter(access::maySee)
                .orElseThrow(() -> new NotFoundException("Kasus " + registrationNumber + " tidak ditemukan"));
        if (mustBeClosed && record.closedAt() == null) {
            throw new SurveyConflictException("Kasus " + registrationNumber
                    + " belum selesai; survei kepuasan dapat diisi setelah kasus ditutup");
        }
        return record;
    }

    private InvitationStatus statusOf(SurveyInvitation i) {
        return new InvitationStatus(i.registrationNumber(), true, true, i.delivery().name(), i.sendChannel(),
                local(i.linkExpiresAt()), local(i.codeIssuedAt()), local(i.codeExpiresAt()), i.answered(),
                properties.surveyUrl());
    }

    private OffsetDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(clock.zone()).toOffsetDateTime();
    }

    /**
     * What staff may know about a case's survey invitation: never the secrets. {@code delivery} is how the
     * citizen was invited at closing (LINK or PRINTED_CODE).
     */
    public record InvitationStatus(String registrationNumber, boolean caseClosed, boolean invited, String delivery,
                                   String sendChannel, OffsetDateTime linkExpiresAt, OffsetDateTime codeIssuedAt,
                                   OffsetDateTime codeExpiresAt, boolean answered, String surveyUrl) {
    }

    /** A freshly printed survey code, shown once. */
    public record PrintedCode(String registrationNumber, String code, String surveyUrl, OffsetDateTime expiresAt,
                              String office) {
    }
}
