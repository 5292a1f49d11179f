package id.slrt.caseengine.sla;

import id.slrt.caseengine.step.DiagramFunctions;
import id.slrt.caseengine.system.OfficeClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Bean {@code sla}, used in diagrams for due dates and timers, for example
 * {@code camunda:dueDate="${sla.due(execution, 'TRIAGE')}"}. The target comes from the DMN table, so an
 * analyst changes a deadline without touching the diagram or Java.
 *
 * <p>Working days follow {@link WorkingCalendar} (national holidays and cuti bersama excluded, deadline at the
 * close of office hours); calendar targets count every hour. {@code sla.atRisk(...)} gives the moment a share
 * ({@code slrt.sla.at-risk-share}, default 0.75) of the time has passed: the escalation pattern's first timer.
 *
 * <p>{@code sla.dueFrom(execution, 'STEP', start)} and {@code sla.atRiskFrom(...)} count from a moment staff
 * entered instead of now, for example the day a case reached the prosecutor
 * ({@code ${sla.dueFrom(execution, 'DIVERSION_OFFER', stageStartedOn)}}). A start given as a date
 * ({@code 2026-11-25}, as a Camunda Forms date field submits it) does not count itself, as in "within 7 days
 * after": a calendar target runs from the end of that day, a working-day target from the next working day.
 */
@Component("sla")
@DiagramFunctions
public class SlaDeadlines {

    private final SlaTargets targets;
    private final OfficeClock clock;
    private final WorkingCalendar workingDays;
    private final double atRiskShare;

    public SlaDeadlines(SlaTargets targets, OfficeClock clock, WorkingCalendar workingDays,
                        SlaProperties properties) {
        double atRiskShare = properties.getSla().getAtRiskShare();
        if (atRiskShare <= 0 || atRiskShare >= 1) {
            throw new IllegalStateException("slrt.sla.at-risk-share must be between 0 and 1, not " + atRiskShare);
        }
        this.targets = targets;
        this.clock = clock;
        this.workingDays = workingDays;
        this.atRiskShare = atRiskShare;
    }

    /** When {@code step}, starting now, is at risk: the at-risk share of its time has passed. */
    public String atRisk(DelegateExecution execution, String step) {
        OffsetDateTime now = clock.now();
        OffsetDateTime due = deadline(processKey(execution), step, now);
        long millis = java.time.Duration.between(now, due).toMillis();
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now.plus(java.time.Duration.ofMillis((long) (millis * atRiskShare))));
    }

    /** The deadline of {@code step} counted from now, as an ISO-8601 date-time string. */
    public String due(DelegateExecution execution, String step) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(deadline(processKey(execution), step, clock.now()));
    }

    /**
     * The deadline of {@code step} counted from now, with {@code target} (an ISO-8601 duration, for example a
     * service catalogue's answer target) instead of the table's duration when it is given; the kind of clock stays
     * the table's. A process serving several services reads the target of each service from its catalogue entry.
     */
    public String dueWithin(DelegateExecution execution, String step, Object target) {
        OffsetDateTime now = clock.now();
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(deadlineWithin(processKey(execution), step, target, now));
    }

    /** When {@code step} with {@code target} instead of the table's duration is at risk (see dueWithin). */
    public String atRiskWithin(DelegateExecution execution, String step, Object target) {
        OffsetDateTime now = clock.now();
        OffsetDateTime due = deadlineWithin(processKey(execution), step, target, now);
        long millis = java.time.Duration.between(now, due).toMillis();
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now.plus(java.time.Duration.ofMillis((long) (millis * atRiskShare))));
    }

    private OffsetDateTime deadlineWithin(String processKey, String step, Object override, OffsetDateTime from) {
        SlaTarget table = targets.of(processKey, step);
        String text = override == null ? "" : override.toString().strip();
        SlaTarget target = text.isEmpty() ? table : new SlaTarget(text, table.clock());
        try {
            return switch (target.clock()) {
                case CALENDAR -> target.after(from);
                case WORKING_DAYS -> workingDays.addWorkingDays(from, target.workingDays());
            };
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("Target '" + text + "' of step " + step + " is no ISO-8601 duration", e);
        }
    }

    /** The deadline of {@code step} counted from {@code start} (a date, an ISO date-time or a {@link Date}). */
    public String dueFrom(DelegateExecution execution, String step, Object start) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(deadlineFrom(processKey(execution), step, start));
    }

    /** When {@code step}, counted from {@code start}, is at risk: the at-risk share of its time has passed. */
    public String atRiskFrom(DelegateExecution execution, String step, Object start) {
        OffsetDateTime from = effectiveStart(start);
        OffsetDateTime due = deadlineFrom(processKey(execution), step, start);
        long millis = java.time.Duration.between(from, due).toMillis();
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(from.plus(java.time.Duration.ofMillis((long) (millis * atRiskShare))));
    }

    public OffsetDateTime deadlineFrom(String processKey, String step, Object start) {
        LocalDate day = dateOnly(start);
        if (day == null) {
            return deadline(processKey, step, effectiveStart(start));
        }
        SlaTarget target = targets.of(processKey, step);
        return switch (target.clock()) {
            case CALENDAR -> target.after(effectiveStart(start));
            case WORKING_DAYS -> workingDays.addWorkingDays(day.atStartOfDay(clock.zone()).toOffsetDateTime(),
                    target.workingDays());
        };
    }

    /** The moment a start counts from: a date counts from its end; refused when missing, unreadable or future. */
    private OffsetDateTime effectiveStart(Object start) {
        OffsetDateTime from;
        LocalDate day = dateOnly(start);
        if (day != null) {
            if (day.isAfter(clock.now().toLocalDate())) {
                throw new BadUserRequestException("Tanggal mulai " + day + " belum terjadi; isi tanggal hari ini atau sebelumnya");
            }
            from = day.plusDays(1).atStartOfDay(clock.zone()).toOffsetDateTime();
        } else if (start instanceof Date date) {
            from = OffsetDateTime.ofInstant(date.toInstant(), clock.zone());
        } else if (start instanceof OffsetDateTime time) {
            from = time;
        } else {
            String text = start == null ? "" : start.toString().strip();
            from = parseDateTime(text);
            if (from.isAfter(clock.now())) {
                throw new BadUserRequestException("Waktu mulai " + text + " belum terjadi; isi waktu sekarang atau sebelumnya");
            }
        }
        return from;
    }

    private OffsetDateTime parseDateTime(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(clock.zone()).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                throw new BadUserRequestException("Tanggal mulai '" + text + "' tidak dapat dibaca; isi tanggal "
                        + "dengan format TTTT-BB-HH, misalnya 2026-11-25");
            }
        }
    }

    private static LocalDate dateOnly(Object start) {
        if (start instanceof LocalDate date) {
            return date;
        }
        if (start instanceof String text && text.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new BadUserRequestException("Tanggal mulai '" + text + "' bukan tanggal yang ada");
            }
        }
        return null;
    }

    public OffsetDateTime deadline(String processKey, String step, OffsetDateTime from) {
        SlaTarget target = targets.of(processKey, step);
        return switch (target.clock()) {
            case CALENDAR -> target.after(from);
            case WORKING_DAYS -> workingDays.addWorkingDays(from, target.workingDays());
        };
    }


    private static String processKey(DelegateExecution execution) {
        return execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
    }
}
