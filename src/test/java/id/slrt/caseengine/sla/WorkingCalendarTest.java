package id.slrt.caseengine.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Indonesian working-day calendar against the real holiday data (reference/holidays-id-2025-2027.csv). */
class WorkingCalendarTest {

    static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    final WorkingCalendar calendar = new WorkingCalendar(new HolidayData(""), "Asia/Jakarta", "16:00", "16:30");

    @Test
    void fiveWorkingDaysFromTheThursdayBeforeTheNyepiAndIdulFitriBreakEndOnThursday26March2026() {
        // Thu 12 Mar 2026: Fri 13 (1), Mon 16 (2), Tue 17 (3); Wed 18 cuti bersama Nyepi, Thu 19 Nyepi, Fri 20 cuti
        // bersama Idul Fitri, Sat 21 and Sun 22 Idul Fitri, Mon 23 and Tue 24 cuti bersama; Wed 25 (4), Thu 26 (5).
        assertThat(calendar.addWorkingDays(at(2026, 3, 12, 9, 0), 5)).isEqualTo(at(2026, 3, 26, 16, 0));
    }

    @Test
    void fiveWorkingDaysFromTheDayBeforeTheAscensionLongWeekendEndOnAFridayAtFridayClosing() {
        // Wed 13 May 2026; Thu 14 Kenaikan Yesus Kristus, Fri 15 cuti bersama; Mon 18 .. Fri 22 (5), Friday hours.
        assertThat(calendar.addWorkingDays(at(2026, 5, 13, 10, 0), 5)).isEqualTo(at(2026, 5, 22, 16, 30));
    }

    @Test
    void oneWorkingDayFromAFridayAfternoonIsMondayAndChristmasIsSkipped() {
        assertThat(calendar.addWorkingDays(at(2026, 11, 27, 15, 0), 1)).isEqualTo(at(2026, 11, 30, 16, 0));
        // Wed 23 Dec 2026; Thu 24 cuti bersama Natal, Fri 25 Natal: the next working day is Mon 28.
        assertThat(calendar.addWorkingDays(at(2026, 12, 23, 10, 0), 1)).isEqualTo(at(2026, 12, 28, 16, 0));
    }

    @Test
    void hourDeadlinesOfChildrensCasesIgnoreHolidays() {
        BusinessCalendar duration = IndonesianBusinessCalendars.duration(calendar);
        // 3x24 hours from the Wednesday of cuti bersama Nyepi runs straight through the holidays.
        Date start = Date.from(at(2026, 3, 18, 10, 0).toInstant());
        assertThat(duration.resolveDuedate("PT72H", start)).isEqualTo(Date.from(at(2026, 3, 21, 10, 0).toInstant()));
        assertThat(duration.resolveDuedate("P7D", start)).isEqualTo(Date.from(at(2026, 3, 25, 10, 0).toInstant()));
    }

    @Test
    void anAnalystMayWriteWorkingDaysDirectlyInATimerOrDueDate() {
        Date start = Date.from(at(2026, 3, 12, 9, 0).toInstant());
        assertThat(IndonesianBusinessCalendars.dueDate(calendar).resolveDuedate("P5WD", start))
                .isEqualTo(Date.from(at(2026, 3, 26, 16, 0).toInstant()));
        assertThat(IndonesianBusinessCalendars.duration(calendar).resolveDuedate("p1wd", start))
                .isEqualTo(Date.from(at(2026, 3, 13, 16, 30).toInstant()));
        assertThat(IndonesianBusinessCalendars.dueDate(calendar).resolveDuedate("2026-04-01T10:00:00"))
                .isNotNull();
    }

    @Test
    void aDeadlineIntoAYearWithoutHolidayDataIsRefusedLoudly() {
        assertThatThrownBy(() -> calendar.addWorkingDays(at(2027, 12, 29, 9, 0), 3))
                .isInstanceOf(HolidayDataMissingException.class)
                .hasMessageContaining("tahun 2028 belum tersedia");
    }

    @Test
    void anOfficeFileAddsAYearAndCorrectsAnotherWithoutARebuild(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("hari-libur.csv");
        Files.writeString(file, """
                date,weekday,kind,name_id,name_en,estimated
                2028-01-01,Sat,NATIONAL_HOLIDAY,Tahun Baru Masehi,New Year's Day,no
                2028-01-03,Mon,CUTI_BERSAMA,Cuti Bersama (contoh kantor),Example joint holiday,no
                """);
        WorkingCalendar office = new WorkingCalendar(new HolidayData(file.toString()), "Asia/Jakarta", "16:00", "16:30");
        // Thu 30 Dec 2027 + 2 working days: Fri 31 Dec (1); Mon 3 Jan 2028 is the office's holiday, so Tue 4 Jan (2).
        assertThat(office.addWorkingDays(at(2027, 12, 30, 9, 0), 2)).isEqualTo(at(2028, 1, 4, 16, 0));

        Files.writeString(file, """
                date,weekday,kind,name_id,name_en,estimated
                2028-01-01,Sat,NATIONAL_HOLIDAY,Tahun Baru Masehi,New Year's Day,no
                """);
        file.toFile().setLastModified(System.currentTimeMillis() + 5000);
        assertThat(office.addWorkingDays(at(2027, 12, 30, 9, 0), 2)).as("read again after the office edits the file")
                .isEqualTo(at(2028, 1, 3, 16, 0));
    }

    private static OffsetDateTime at(int year, int month, int day, int hour, int minute) {
        return OffsetDateTime.of(year, month, day, hour, minute, 0, 0, WIB);
    }
}
