package id.slrt.caseengine.handover;

import id.slrt.caseengine.platform.CaseRecordEraser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Retention of the handover records (who received the person, the witnesses). */
@Component
class HandoverRecordEraser implements CaseRecordEraser {

    private final JdbcClient jdbc;

    HandoverRecordEraser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "handover-records";
    }

    @Override
    public int erase(long caseId) {
        return jdbc.sql("delete from slrt.handover_record where case_id = ?").param(caseId).update();
    }
}
