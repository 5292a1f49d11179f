package id.slrt.caseengine.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SlaTargetTest {

    static final OffsetDateTime MONDAY_NOON = OffsetDateTime.of(2026, 11, 30, 12, 0, 0, 0, ZoneOffset.ofHours(7));

    @Test
    void hoursAreElapsedTime() {
        assertThat(new SlaTarget("PT72H", SlaTarget.Clock.CALENDAR).after(MONDAY_NOON))
                .isEqualTo(OffsetDateTime.of(2026, 12, 3, 12, 0, 0, 0, ZoneOffset.ofHours(7)));
    }

    @Test
    void daysAndMonthsCountOnTheCalendar() {
        assertThat(new SlaTarget("P30D", SlaTarget.Clock.CALENDAR).after(MONDAY_NOON))
                .isEqualTo(OffsetDateTime.of(2026, 12, 30, 12, 0, 0, 0, ZoneOffset.ofHours(7)));
        // Three months from 30 November end on the last day of February.
        assertThat(new SlaTarget("P3M", SlaTarget.Clock.CALENDAR).after(MONDAY_NOON))
                .isEqualTo(OffsetDateTime.of(2027, 2, 28, 12, 0, 0, 0, ZoneOffset.ofHours(7)));
    }

    @Test
    void workingDayTargetsAreGivenInDays() {
        assertThat(new SlaTarget("P5D", SlaTarget.Clock.WORKING_DAYS).workingDays()).isEqualTo(5);
        assertThatThrownBy(() -> new SlaTarget("P1M", SlaTarget.Clock.WORKING_DAYS).workingDays())
                .hasMessageContaining("in days");
    }
}
