package id.slrt.caseengine.notification;

import id.slrt.caseengine.platform.CaseRecordEraser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Retention of the messages sent about a case: they hold the citizen's phone number and the case's story. */
@Component
class OutboxEraser implements CaseRecordEraser {

    private final JdbcClient jdbc;

    OutboxEraser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "notifications";
    }

    @Override
    public int erase(long caseId) {
        // What refers to the case's messages goes first: their delivery reports and the local stand-in's sent log.
        String ofCase = "outbox_id in (select id from slrt.notification_outbox where case_id = ?)";
        int touched = jdbc.sql("delete from slrt.message_delivery_status where " + ofCase).param(caseId).update();
        touched += jdbc.sql("delete from slrt.local_sent_message where " + ofCase).param(caseId).update();
        return touched + jdbc.sql("delete from slrt.notification_outbox where case_id = ?").param(caseId).update();
    }
}
