package id.slrt.caseengine.survey;

import id.slrt.caseengine.catalogue.ServiceLabels;
import id.slrt.caseengine.identity.RegionDirectory;
import id.slrt.caseengine.system.FieldIssue;
import id.slrt.caseengine.system.InvalidInputException;
import id.slrt.caseengine.system.OfficeClock;
import id.slrt.caseengine.system.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * IKM per unit, service and period. Answers count in the period in which their case was closed (the service
 * they rate), the same way people served are counted, so respondents never exceed people served.
 */
@Service
@Transactional(readOnly = true)
public class IkmReportService {

    public static final int MAX_SUGGESTIONS = 100;
    public static final int MAX_TREND = 36;

    private final IkmReportRepository repository;
    private final RegionDirectory regions;
    private final ServiceLabels services;
    private final OfficeClock clock;

    public IkmReportService(IkmReportRepository repository, RegionDirectory regions, ServiceLabels services,
                            OfficeClock clock) {
        this.repository = repository;
        this.regions = regions;
        this.services = services;
        this.clock = clock;
    }

    /** What a report is about; parse it with {@link #scope}. */
    public record Scope(ReportPeriod period, String unitCode, String serviceType) {
    }

    /** Validates report parameters; every problem is listed (400). Period defaults to the current month. */
    public Scope scope(String period, String unit, String service) {
        List<FieldIssue> issues = new ArrayList<>();
        ReportPeriod parsed = null;
        if (period == null || period.isBlank()) {
            parsed = ReportPeriod.containing(ReportPeriod.Type.MONTH, clock.now().toLocalDate());
        } else {
            try {
                parsed = ReportPeriod.parse(period);
            } catch (IllegalArgumentException e) {
                issues.add(new FieldIssue("period", "INVALID_PERIOD",
                        "periode '" + period + "' tidak valid; " + e.getMessage()));
            }
        }
        String unitCode = Texts.trimToNull(unit);
        if (unitCode != null && !regions.isRegency(unitCode)) {
            issues.add(new FieldIssue("unit", "UNKNOWN_UNIT",
                    "unit '" + unitCode + "' bukan kode kabupaten/kota yang dikenal (4 angka, misalnya 3516)"));
        }
        String serviceType = Texts.trimToNull(service);
        if (serviceType != null && !serviceType.matches("[A-Z][A-Z0-9_]{0,39}")) {
            issues.add(new FieldIssue("service", "INVALID_SERVICE",
                    "jenis layanan '" + serviceType + "' tidak valid (huruf besar, angka dan garis bawah)"));
        }
        if (!issues.isEmpty()) {
            throw new InvalidInputException(issues);
        }
        return new Scope(parsed, unitCode, serviceType);
    }

    public IkmReport report(Scope scope) {
        IkmReportRepository.Filter filter = filter(scope, scope.period());
        IkmReportRepository.Totals totals = repository.totals(filter);
        IkmResult result = IkmCalculator.compute(totals.respondents(), totals.sums());
        long served = repository.peopleServed(filter);
        long required = KrejcieMorgan.requiredSample(served);
        List<IkmReport.ElementRow> elements = result.elements().stream()
                .map(e -> new IkmReport.ElementRow(e.element().name(), e.element().title(), e.nrr(), e.weightedNrr(),
                        e.convertedNrr(), e.band()))
                .toList();
        ReportPeriod period = scope.period();
        return new IkmReport(scope.unitCode(), unitName(scope.unitCode()), scope.serviceType(),
                serviceName(scope.serviceType()), period.code(), period.label(), period.start(),
                period.end().minusDays(1), result.respondents(), elements, result.ikm(), result.band(),
                result.band() == null ? null : result.band().label(), served, required,
                served > 0 && result.respondents() >= required, profile(filter, result.respondents()),
                repository.comments(filter, MAX_SUGGESTIONS));
    }

    /** The IKM of every unit (or every service) in the period, including those with no answers yet. */
    public List<IkmReport.BreakdownRow> breakdown(Scope scope, IkmReportRepository.Dimension dimension) {
        IkmReportRepository.Filter filter = filter(scope, scope.period());
        Map<String, IkmReportRepository.Totals> totals = repository.totalsBy(filter, dimension);
        Map<String, Long> served = repository.peopleServedBy(filter, dimension);
        Set<String> keys = new LinkedHashSet<>(served.keySet());
        keys.addAll(totals.keySet());
        Function<String, String> name = dimension == IkmReportRepository.Dimension.UNIT ? this::unitName : this::serviceName;
        List<IkmReport.BreakdownRow> rows = new ArrayList<>();
        for (String key : keys.stream().sorted().toList()) {
            IkmReportRepository.Totals t = totals.getOrDefault(key,
                    new IkmReportRepository.Totals(0, new long[SurveyElement.values().length]));
            IkmResult result = IkmCalculator.compute(t.respondents(), t.sums());
            long people = served.getOrDefault(key, 0L);
            long required = KrejcieMorgan.requiredSample(people);
            rows.add(new IkmReport.BreakdownRow(key, name.apply(key), result.respondents(), people, required,
                    people > 0 && result.respondents() >= required, result.ikm(), result.band()));
        }
        return rows;
    }

    /** The IKM of {@code count} consecutive periods ending with the scope's period, oldest first. */
    public List<IkmReport.TrendPoint> trend(Scope scope, int count) {
        if (count < 1 || count > MAX_TREND) {
            throw new InvalidInputException("count", "OUT_OF_RANGE", "jumlah periode harus 1 sampai " + MAX_TREND);
        }
        List<IkmReport.TrendPoint> points = new ArrayList<>();
        ReportPeriod period = scope.period();
        for (int i = 0; i < count; i++) {
            IkmReportRepository.Totals t = repository.totals(filter(scope, period));
            IkmResult result = IkmCalculator.compute(t.respondents(), t.sums());
            points.add(new IkmReport.TrendPoint(period.code(), period.shortLabel(), result.respondents(), result.ikm(),
                    result.band()));
            period = period.previous();
        }
        Collections.reverse(points);
        return points;
    }

    public static int defaultTrendLength(ReportPeriod.Type type) {
        return switch (type) {
            case MONTH -> 12;
            case QUARTER -> 8;
            case YEAR -> 5;
        };
    }

    /** Units (regencies) and services a supervisor can filter by. */
    public List<Option> unitOptions() {
        return repository.knownUnits().stream().map(code -> new Option(code, unitName(code))).toList();
    }

    public List<Option> serviceOptions() {
        return repository.knownServices().stream().map(code -> new Option(code, serviceName(code))).toList();
    }

    public record Option(String code, String name) {
    }

    private List<IkmReport.ProfileGroup> profile(IkmReportRepository.Filter filter, long respondents) {
        List<IkmReport.ProfileGroup> groups = new ArrayList<>();
        groups.add(group(filter, respondents, IkmReportRepository.ProfileColumn.AGE_GROUP, "Usia", AgeGroup.values()));
        groups.add(group(filter, respondents, IkmReportRepository.ProfileColumn.SEX, "Jenis kelamin", RespondentSex.values()));
        groups.add(group(filter, respondents, IkmReportRepository.ProfileColumn.EDUCATION, "Pendidikan", Education.values()));
        groups.add(group(filter, respondents, IkmReportRepository.ProfileColumn.OCCUPATION, "Pekerjaan", Occupation.values()));
        return groups;
    }

    private IkmReport.ProfileGroup group(IkmReportRepository.Filter filter, long respondents,
                                         IkmReportRepository.ProfileColumn question, String title,
                                         ProfileChoice[] options) {
        Map<String, Long> counts = repository.profile(filter, question);
        List<IkmReport.ProfileCount> rows = new ArrayList<>();
        for (ProfileChoice option : options) {
            long count = counts.getOrDefault(option.name(), 0L);
            rows.add(new IkmReport.ProfileCount(option.name(), option.label(), count, percent(count, respondents)));
        }
        long empty = counts.getOrDefault(null, 0L);
        rows.add(new IkmReport.ProfileCount(null, "Tidak diisi", empty, percent(empty, respondents)));
        return new IkmReport.ProfileGroup(question.name(), title, rows);
    }

    private static BigDecimal percent(long count, long total) {
        if (total == 0) {
            return null;
        }
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    private IkmReportRepository.Filter filter(Scope scope, ReportPeriod period) {
        return new IkmReportRepository.Filter(period.start(), period.end(), scope.unitCode(), scope.serviceType());
    }

    /** The regency name of a unit ("Kabupaten Mojokerto"), or "Semua unit". */
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

}
