package id.slrt.caseengine.sla;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code slrt.sla.*} and {@code slrt.calendar.*}: escalation and the Indonesian business calendar. */
@ConfigurationProperties("slrt")
public class SlaProperties {

    private final Sla sla = new Sla();
    private final Calendar calendar = new Calendar();

    public Sla getSla() {
        return sla;
    }

    public Calendar getCalendar() {
        return calendar;
    }

    public static class Sla {
        /** Share of a step's time after which its task is flagged at risk (between 0 and 1). */
        private double atRiskShare = 0.75;

        public double getAtRiskShare() {
            return atRiskShare;
        }

        public void setAtRiskShare(double atRiskShare) {
            this.atRiskShare = atRiskShare;
        }
    }

    public static class Calendar {
        /** CSV of holidays and collective leave days that replaces the bundled data for the years it holds. */
        private String holidaysFile = "";
        private final OfficeHours officeHours = new OfficeHours();

        public String getHolidaysFile() {
            return holidaysFile;
        }

        public void setHolidaysFile(String holidaysFile) {
            this.holidaysFile = holidaysFile;
        }

        public OfficeHours getOfficeHours() {
            return officeHours;
        }
    }

    public static class OfficeHours {
        /** When a working day ends (a working-day deadline falls then), Monday to Thursday. */
        private LocalTime end = LocalTime.of(16, 0);
        /** When Friday ends. */
        private LocalTime fridayEnd = LocalTime.of(16, 30);

        public LocalTime getEnd() {
            return end;
        }

        public void setEnd(LocalTime end) {
            this.end = end;
        }

        public LocalTime getFridayEnd() {
            return fridayEnd;
        }

        public void setFridayEnd(LocalTime fridayEnd) {
            this.fridayEnd = fridayEnd;
        }
    }
}
