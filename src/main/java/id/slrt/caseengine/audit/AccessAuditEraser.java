package id.slrt.caseengine.audit;

import id.slrt.caseengine.platform.CaseRecordEraser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Retention of who read the case: the access audit goes with the case's personal data. */
@Component
class AccessAuditEraser implements CaseRecordEraser {

    private final JdbcClient jdbc;

    AccessAuditEraser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "access-audit";
    }

    @Override
    public int erase(long caseId) {
        return jdbc.sql("delete from slrt.case_access_audit where case_id = ?").param(caseId).update();
    }
}
