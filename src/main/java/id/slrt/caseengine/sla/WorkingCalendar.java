package id.slrt.caseengine.sla;

import id.slrt.caseengine.system.OfficeClock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Working days of an Indonesian government office: Monday to Friday, except national holidays and cuti bersama.
 * A deadline of N working days ends at the close of office hours on the N-th working day after the day the
 * clock starts (the starting day itself does not count, as service standards read "dalam N hari kerja").
 * Office hours are configurable ({@code slrt.calendar.office-hours.*}, default 07:30-16:00, Friday until 16:30).
 */
@Component
public class WorkingCalendar {

    private final HolidayData holidays;
    private final ZoneId zone;
    private final LocalTime closes;
    private final LocalTime closesFriday;

    @Autowired
    public WorkingCalendar(HolidayData holidays, OfficeClock clock, SlaProperties properties) {
        this(holidays, clock.zone().getId(), properties.getCalendar().getOfficeHours().getEnd().toString(),
                properties.getCalendar().getOfficeHours().getFridayEnd().toString());
    }

    public WorkingCalendar(HolidayData holidays, String zone, String closes, String closesFriday) {
        this.holidays = holidays;
        this.zone = ZoneId.of(zone);
        this.closes = LocalTime.parse(closes);
        this.closesFriday = LocalTime.parse(closesFriday);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            holidays.requireYear(date.getYear());
            return false;
        }
        return !holidays.isHoliday(date);
    }

    /** The close of office hours on the {@code days}-th working day after {@code from}'s day. */
    public OffsetDateTime addWorkingDays(OffsetDateTime from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Working days cannot be negative: " + days);
        }
        LocalDate day = from.atZoneSameInstant(zone).toLocalDate();
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        if (days == 0) {
            return from;
        }
        LocalTime close = day.getDayOfWeek() == DayOfWeek.FRIDAY ? closesFriday : closes;
        return ZonedDateTime.of(day, close, zone).toOffsetDateTime();
    }

    public ZoneId zone() {
        return zone;
    }
}
