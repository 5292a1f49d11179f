package id.slrt.caseengine.sla;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Plugs the Indonesian working-day calendar into the engine for due dates and timers. */
@Component
public class BusinessCalendarPlugin extends AbstractProcessEnginePlugin {

    private final WorkingCalendar calendar;

    public BusinessCalendarPlugin(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
        calendars.addBusinessCalendar("dueDate", IndonesianBusinessCalendars.dueDate(calendar));
        calendars.addBusinessCalendar("duration", IndonesianBusinessCalendars.duration(calendar));
        // The timer code casts the cycle calendar to CycleBusinessCalendar: keep the engine's own.
        calendars.addBusinessCalendar("cycle", new CycleBusinessCalendar());
        configuration.setBusinessCalendarManager(calendars);
    }
}
