package id.slrt.caseengine.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.slrt.caseengine.casefile.CaseEvent;
import id.slrt.caseengine.casefile.CaseEventRepository;
import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.support.IntegrationTest;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A referral needs consent or a reasoned override, and ends with an outcome; a failed one needs a reason code. */
@IntegrationTest
class ReferralTest {

    @Autowired
    IntakeService intake;
    @Autowired
    CaseFileRepository cases;
    @Autowired
    CaseEventRepository events;
    @Autowired
    ReferralService referrals;
    @Autowired
    ReferralRepository repository;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aConsentedReferralIsRecordedAndClosedWithItsOutcome() {
        long caseId = newCase();
        ReferralService.Opened opened = tx.execute(s -> referrals.refer(caseId, "RSJ", "Stabilisasi medis", "GIVEN", null));
        assertThat(opened.agencyName()).isEqualTo("Rumah Sakit Jiwa");
        assertThat(cases.findById(caseId).orElseThrow().status()).isEqualTo("REFERRED");

        boolean successful = tx.execute(s -> referrals.close(caseId, opened.referralId(), "UNSUCCESSFUL",
                "LACK_OF_CAPACITY", "Tempat tidur penuh", null));
        assertThat(successful).isFalse();
        ReferralRepository.Referral closed = repository.ofCase(caseId).get(0);
        assertThat(closed.outcome()).isEqualTo("UNSUCCESSFUL");
        assertThat(closed.reasonCode()).isEqualTo("LACK_OF_CAPACITY");
        assertThat(events.findByCase(caseId)).extracting(CaseEvent::type).contains("REFERRAL_SENT", "REFERRAL_CLOSED");
    }

    @Test
    void aReferralWithoutConsentNeedsTheOverrideReason() {
        long caseId = newCase();
        assertThatThrownBy(() -> tx.execute(s -> referrals.refer(caseId, "RSJ", "Stabilisasi", "OVERRIDDEN", " ")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("alasan pengecualian");
        assertThatThrownBy(() -> tx.execute(s -> referrals.refer(caseId, "RSJ", "Stabilisasi", null, null)))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("persetujuan klien");
        assertThat(repository.ofCase(caseId)).isEmpty();
        ReferralService.Opened opened = tx.execute(s -> referrals.refer(caseId, "RSJ", "Stabilisasi", "OVERRIDDEN",
                "Klien tidak mampu memberi persetujuan (krisis akut); keselamatan diutamakan"));
        assertThat(repository.ofCase(caseId).get(0).consentOverrideReason()).contains("krisis akut");
        assertThat(opened.referralId()).isPositive();
    }

    @Test
    void anUnsuccessfulReferralWithoutAReasonCodeIsRefusedAndStaysOpen() {
        long caseId = newCase();
        long referral = tx.execute(s -> referrals.refer(caseId, "DINKES", "Pemeriksaan", "GIVEN", null)).referralId();
        assertThatThrownBy(() -> tx.execute(s -> referrals.close(caseId, referral, "UNSUCCESSFUL", null, null, null)))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("alasan");
        assertThat(repository.ofCase(caseId).get(0).closedAt()).isNull();
        assertThatThrownBy(() -> jdbc.sql("update slrt.referral set outcome = 'UNSUCCESSFUL', closed_at = now() where id = ?")
                .param(referral).update()).hasMessageContaining("check");
    }

    private long newCase() {
        String number = intake.open(new CaseIntakeRequest("COMPLAINT", Channel.WALK_IN, "3516",
                new CaseIntakeRequest.Subject(null, null, "Pak Darto", null, null, null),
                new CaseIntakeRequest.Reporter("Bu Darto", null), "Suami perlu dirujuk"), "operator").registrationNumber();
        return cases.findByRegistrationNumber(number).orElseThrow().id();
    }
}
