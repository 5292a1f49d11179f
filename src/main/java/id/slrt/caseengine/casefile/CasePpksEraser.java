package id.slrt.caseengine.casefile;

import id.slrt.caseengine.platform.CaseRecordEraser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Retention: a case's PPKS classification (some types, such as ODHA, are health data) goes with the case. */
@Component
public class CasePpksEraser implements CaseRecordEraser {

    private final JdbcClient jdbc;

    public CasePpksEraser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "ppks";
    }

    @Override
    public int erase(long caseId) {
        return jdbc.sql("delete from slrt.case_ppks where case_id = ?").param(caseId).update();
    }
}
