package id.slrt.caseengine.survey;

import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.casefile.CaseRecord;
import id.slrt.caseengine.casefile.CaseStatusService;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Closed cases and their survey secrets for the survey tests. */
@Component
class SurveyFixtures {

    static final Pattern LINK = Pattern.compile("/survei/([A-Za-z0-9_-]{43})");

    private final IntakeService intake;
    private final CaseStatusService statuses;
    private final CaseFileRepository cases;
    private final JdbcClient jdbc;

    SurveyFixtures(IntakeService intake, CaseStatusService statuses, CaseFileRepository cases, JdbcClient jdbc) {
        this.intake = intake;
        this.statuses = statuses;
        this.cases = cases;
        this.jdbc = jdbc;
    }

    /** Opens a complaint in regency 3516 and closes it straight away (the closing publishes CaseClosedEvent). */
    CaseRecord closedCase(Channel channel, String phone) {
        CaseRecord record = openCase(channel, phone);
        statuses.close(record.id(), "RESOLVED", null);
        return cases.findById(record.id()).orElseThrow();
    }

    CaseRecord openCase(Channel channel, String phone) {
        String number = intake.open(new CaseIntakeRequest("COMPLAINT", channel, "3516",
                new CaseIntakeRequest.Subject(null, null, "Bu Tini", null, null, null),
                new CaseIntakeRequest.Reporter("Bu Tini", phone), "Kursi roda rusak"), "operator").registrationNumber();
        return cases.findByRegistrationNumber(number).orElseThrow();
    }

    List<String> outbox(long caseId) {
        return jdbc.sql("select body from slrt.notification_outbox where case_id = ? order by id")
                .param(caseId).query(String.class).list();
    }

    /** The token of the survey link sent for a case. */
    String linkToken(long caseId) {
        for (String body : outbox(caseId)) {
            Matcher m = LINK.matcher(body);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("no survey link sent for case " + caseId);
    }

    /** A closed WhatsApp case and the token of its survey link. */
    String linkForNewClosedCase() {
        return linkToken(closedCase(Channel.WHATSAPP, "081234500077").id());
    }

    long responses() {
        return jdbc.sql("select count(*) from slrt.survey_response").query(Long.class).single();
    }
}
