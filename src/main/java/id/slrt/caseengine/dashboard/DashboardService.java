package id.slrt.caseengine.dashboard;

import id.slrt.caseengine.catalogue.ServiceLabels;
import id.slrt.caseengine.catalogue.ServiceRouting;
import id.slrt.caseengine.identity.RegionDirectory;
import id.slrt.caseengine.platform.DecisionTables;
import id.slrt.caseengine.security.region.CaseAccess;
import id.slrt.caseengine.security.region.ServedRegions;
import id.slrt.caseengine.system.FieldIssue;
import id.slrt.caseengine.system.IndonesianDates;
import id.slrt.caseengine.system.InvalidInputException;
import id.slrt.caseengine.system.OfficeClock;
import id.slrt.caseengine.system.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisor dashboard: figures per service, unit (regency) and caseworker, the weekly on-time share and
 * the cases past a deadline, limited to the regencies the viewer works (administrators see every regency).
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    public static final int DEFAULT_WEEKS = 12;
    public static final int MAX_WEEKS = 52;
    public static final int DEFAULT_LIST = 200;
    public static final int MAX_LIST = 10_000;
    public static final String UNASSIGNED = "Belum diambil";


    private final DashboardRepository repository;
    private final CaseAccess access;
    private final OfficeClock clock;
    private final RegionDirectory regions;
    private final ServiceLabels services;
    private final DecisionTables decisions;
    private final ServedRegions served;
    private final IdentityService identity;

    public DashboardService(DashboardRepository repository, CaseAccess access, OfficeClock clock, RegionDirectory regions,
                            ServiceLabels services, DecisionTables decisions, ServedRegions served,
                            IdentityService identity) {
        this.repository = repository;
        this.access = access;
        this.clock = clock;
        this.regions = regions;
        this.services = services;
        this.decisions = decisions;
        this.served = served;
        this.identity = identity;
    }

    /** What the dashboard shows; {@code visibleRegencies} null means every regency (administrators). */
    public record Scope(String unitCode, String serviceType, int weeks, Set<String> visibleRegencies,
                        Set<String> visibleDistricts) {

        DashboardRepository.Filter filter() {
            return new DashboardRepository.Filter(unitCode, serviceType, visibleRegencies, visibleDistricts);
        }
    }

    /** Checks the parameters for the current user; every problem is listed (400). */
    public Scope scope(String unit, String service, String weeks) {
        List<FieldIssue> issues = new ArrayList<>();
        Set<String> visible = access.visibleRegencies().orElse(null);
        String unitCode = Texts.trimToNull(unit);
        if (unitCode != null) {
            if (!regions.isRegency(unitCode)) {
                issues.add(new FieldIssue("unit", "UNKNOWN_UNIT",
                        "unit '" + unitCode + "' bukan kode kabupaten/kota yang dikenal (4 angka, misalnya 3516)"));
            } else if (visible != null && !visible.contains(unitCode)) {
                issues.add(new FieldIssue("unit", "UNIT_NOT_ASSIGNED",
                        "Anda tidak terdaftar sebagai petugas wilayah " + unitCode + " (" + regions.nameOf(unitCode) + ")"));
            }
        }
        String serviceType = Texts.trimToNull(service);
        if (serviceType != null && !serviceType.matches("[A-Z][A-Z0-9_]{0,39}")) {
            issues.add(new FieldIssue("service", "INVALID_SERVICE",
                    "jenis layanan '" + serviceType + "' tidak valid (huruf besar, angka dan garis bawah)"));
        }
        int weekCount = DEFAULT_WEEKS;
        String weeksText = Texts.trimToNull(weeks);
        if (weeksText != null) {
            try {
                weekCount = Integer.parseInt(weeksText);
            } catch (NumberFormatException e) {
                weekCount = -1;
            }
            if (weekCount < 1 || weekCount > MAX_WEEKS) {
                issues.add(new FieldIssue("weeks", "OUT_OF_RANGE",
                        "jumlah minggu harus bilangan bulat 1 sampai " + MAX_WEEKS));
            }
        }
        if (!issues.isEmpty()) {
            throw new InvalidInputException(issues);
        }
        return new Scope(unitCode, serviceType, weekCount, visible, access.visibleDistricts().orElse(null));
    }

    public static int listLimit(Integer limit, int fallback) {
        if (limit == null) {
            return fallback;
        }
        if (limit < 1 || limit > MAX_LIST) {
            throw new InvalidInputException("limit", "OUT_OF_RANGE", "jumlah baris harus 1 sampai " + MAX_LIST);
        }
        return limit;
    }

    public DashboardFigures figures(Scope scope) {
        OffsetDateTime now = clock.now();
        LocalDate windowStart = windowStart(now, scope.weeks());
        LocalDate windowEnd = windowStart.plusWeeks(scope.weeks());
        DashboardRepository.Filter filter = scope.filter();

        Map<DashboardRepository.Dimension, Map<String, Tally>> tallies = new LinkedHashMap<>();
        for (DashboardRepository.Dimension d : DashboardRepository.Dimension.values()) {
            tallies.put(d, new HashMap<>());
        }
        for (DashboardRepository.OpenRow row : repository.openFigures(filter, now)) {
            Tally t = tallies.get(row.dimension()).computeIfAbsent(row.key(), k -> new Tally());
            t.open = row.open();
            t.atRisk = row.atRisk();
            t.breached = row.breached();
        }
        Map<LocalDate, DashboardRepository.ClosedRow> weeks = new HashMap<>();
        for (DashboardRepository.ClosedRow row : repository.closedFigures(filter,
                windowStart.atStartOfDay(clock.zone()).toOffsetDateTime(),
                windowEnd.atStartOfDay(clock.zone()).toOffsetDateTime(), clock.zone())) {
            if (row.dimension() == DashboardRepository.Dimension.WEEK) {
                weeks.put(row.week(), row);
                continue;
            }
            Tally t = tallies.get(row.dimension()).computeIfAbsent(row.key(), k -> new Tally());
            t.closed = row.closed();
            t.onTime = row.onTime();
            t.medianSeconds = row.medianSeconds();
        }

        Tally total = tallies.get(DashboardRepository.Dimension.TOTAL).getOrDefault(null, new Tally());
        Map<String, Tally> byWorker = tallies.get(DashboardRepository.Dimension.CASEWORKER);
        Map<String, String> workerNames = userNames(byWorker.keySet());
        List<DashboardFigures.Week> weekly = new ArrayList<>();
        for (LocalDate monday = windowStart; monday.isBefore(windowEnd); monday = monday.plusWeeks(1)) {
            DashboardRepository.ClosedRow row = weeks.get(monday);
            long closed = row == null ? 0 : row.closed();
            long onTime = row == null ? 0 : row.onTime();
            weekly.add(new DashboardFigures.Week(isoWeek(monday), monday,
                    IndonesianDates.shortDay(monday) + " - " + IndonesianDates.shortDay(monday.plusDays(6)), closed, onTime,
                    percent(onTime, closed)));
        }
        return new DashboardFigures(now, scope.unitCode(), unitName(scope.unitCode()), scope.serviceType(),
                serviceName(scope.serviceType()), scope.weeks(), windowStart, windowEnd.minusDays(1),
                total.row(null, "Semua kasus"),
                rows(tallies.get(DashboardRepository.Dimension.SERVICE), this::serviceName, byName()),
                rows(tallies.get(DashboardRepository.Dimension.UNIT), this::unitName, byName()),
                rows(byWorker, code -> code == null ? UNASSIGNED : workerNames.getOrDefault(code, code),
                        Comparator.comparingLong(DashboardFigures.Row::breached).reversed()
                                .thenComparing(Comparator.comparingLong(DashboardFigures.Row::open).reversed())
                                .thenComparing(r -> r.code() == null ? "" : r.code())),
                weekly);
    }

    /** Open cases past a deadline, most overdue first, at most {@code limit}. */
    public List<BreachedCase> breached(Scope scope, int limit) {
        OffsetDateTime now = clock.now();
        Map<String, String> serviceNames = new HashMap<>();
        return repository.breached(scope.filter(), now, limit).stream()
                .map(b -> new BreachedCase(b.registrationNumber(), b.serviceType(),
                        serviceNames.computeIfAbsent(b.serviceType(), this::serviceName), b.regionCode(),
                        unitName(b.regionCode()), b.status(), b.statusLabel(), b.step(), b.assignee(), local(b.dueAt()),
                        local(b.breachedAt()), Duration.between(b.dueAt(), now).toHours(), b.taskId(),
                        b.processInstanceId(), "/app/cases/" + b.registrationNumber(),
                        BreachedCase.tasklistUrl(b.taskId()), BreachedCase.cockpitUrl(b.processInstanceId())))
                .toList();
    }

    /** Days of the last two weeks (today included) with messages to citizens that did not arrive. */
    public List<DashboardRepository.UndeliveredDay> undeliveredMessages(Scope scope) {
        OffsetDateTime from = clock.now().toLocalDate().minusDays(13).atStartOfDay(clock.zone()).toOffsetDateTime();
        return repository.undeliveredPerDay(new DashboardRepository.Filter(scope.unitCode(), scope.serviceType(),
                scope.visibleRegencies()), from, clock.zone());
    }

    /** Reopened cases per service since the first day of the closing window, with the services' names. */
    public List<Map.Entry<String, DashboardRepository.ReopenedRow>> reopenedCases(Scope scope, java.time.LocalDate since) {
        return repository.reopenedPerService(new DashboardRepository.Filter(scope.unitCode(), scope.serviceType(),
                        scope.visibleRegencies()), since.atStartOfDay(clock.zone()).toOffsetDateTime()).stream()
                .map(row -> Map.entry(serviceName(row.serviceType()), row)).toList();
    }

    public java.time.ZoneId zone() {
        return clock.zone();
    }

    private OffsetDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(clock.zone()).toOffsetDateTime();
    }

    public record Option(String code, String name) {
    }

    /** The units the current user may choose: their regencies (administrators: the served ones). */
    public List<Option> unitOptions(Scope scope) {
        Set<String> codes = new TreeSet<>(scope.visibleRegencies() != null ? scope.visibleRegencies() : Set.copyOf(served.served()));
        return codes.stream().filter(regions::isRegency).map(c -> new Option(c, unitName(c))).toList();
    }

    /** The services of the routing table. */
    public List<Option> serviceOptions() {
        return decisions.stringInputEntries(ServiceRouting.DECISION, 0).stream().distinct()
                .map(s -> new Option(s, serviceName(s))).toList();
    }

    public String unitName(String code) {
        if (code == null) {
            return "Semua unit";
        }
        String name = regions.nameOf(code);
        return name == null ? code : name;
    }

    public String serviceName(String code) {
        return code == null ? "Semua layanan" : services.labelOf(code);
    }

    static LocalDate windowStart(OffsetDateTime now, int weeks) {
        return now.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
    }

    static String isoWeek(LocalDate monday) {
        return String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static Comparator<DashboardFigures.Row> byName() {
        return Comparator.comparing(DashboardFigures.Row::name, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private static List<DashboardFigures.Row> rows(Map<String, Tally> tallies, Function<String, String> name,
                                                   Comparator<DashboardFigures.Row> order) {
        return tallies.entrySet().stream().map(e -> e.getValue().row(e.getKey(), name.apply(e.getKey())))
                .sorted(order).toList();
    }

    private Map<String, String> userNames(Set<String> ids) {
        List<String> known = ids.stream().filter(Objects::nonNull).toList();
        Map<String, String> names = new HashMap<>();
        if (known.isEmpty()) {
            return names;
        }
        for (User user : identity.createUserQuery().userIdIn(known.toArray(String[]::new)).list()) {
            String full = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                    + (user.getLastName() == null ? "" : user.getLastName())).trim();
            names.put(user.getId(), full.isEmpty() ? user.getId() : full + " (" + user.getId() + ")");
        }
        return names;
    }


    private static final class Tally {
        long open;
        long atRisk;
        long breached;
        long closed;
        long onTime;
        Double medianSeconds;

        DashboardFigures.Row row(String code, String name) {
            BigDecimal median = medianSeconds == null ? null
                    : BigDecimal.valueOf(medianSeconds).divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP);
            return new DashboardFigures.Row(code, name, open, atRisk, breached, closed, onTime, percent(onTime, closed),
                    median);
        }
    }
}
