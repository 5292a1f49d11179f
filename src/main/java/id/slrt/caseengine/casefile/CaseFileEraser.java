package id.slrt.caseengine.casefile;

import id.slrt.caseengine.platform.CaseRecordEraser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Retention of the case file itself: its people go (subject, reporter, family contacts), and so do its description,
 * the staff names on it and its event log. What stays is the statistic: number, service, regency, status, dates,
 * outcome, category.
 */
public final class CaseFileEraser {

    private CaseFileEraser() {
    }

    @Component
    static class People implements CaseRecordEraser {

        private final JdbcClient jdbc;

        People(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String part() {
            return "people";
        }

        @Override
        public int erase(long caseId) {
            jdbc.sql("""
                            update slrt.case_file
                               set subject_person_id = null, reporter_person_id = null, description = null,
                                   description_sealed_with = null, created_by = null, current_assignee = null,
                                   assigned_caseworker = null
                             where id = ?""").param(caseId).update();
            return jdbc.sql("delete from slrt.case_person where case_id = ?").param(caseId).update();
        }
    }

    @Component
    static class Events implements CaseRecordEraser {

        private final JdbcClient jdbc;

        Events(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String part() {
            return "events";
        }

        @Override
        public int erase(long caseId) {
            return jdbc.sql("delete from slrt.case_event where case_id = ?").param(caseId).update();
        }
    }
}
