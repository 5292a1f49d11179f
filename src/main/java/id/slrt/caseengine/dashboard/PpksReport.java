package id.slrt.caseengine.dashboard;

import id.slrt.caseengine.catalogue.PpksTypes;
import id.slrt.caseengine.security.region.CaseAccess;
import id.slrt.caseengine.system.InvalidInputException;
import id.slrt.caseengine.system.OfficeClock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The monthly PPKS report an office sends to the province and Kemensos: cases opened in the month (office time
 * zone), counted per PPKS type they carry x kecamatan (from the subject's NIK) x sex x age group (at opening), over
 * the caller's regencies. A case with two types counts once under each.
 */
@Service
public class PpksReport {

    static final String UNKNOWN = "Tidak diketahui";

    /** One cell of the report. */
    public record Row(int ppksNumber, String ppksCode, String ppksLabel, String districtCode, String districtName,
                      String sex, String ageGroup, long cases) {
    }

    public record Report(String month, List<Row> rows, long total) {
    }

    private final JdbcClient jdbc;
    private final OfficeClock clock;
    private final CaseAccess access;
    private final PpksTypes types;

    public PpksReport(JdbcClient jdbc, OfficeClock clock, CaseAccess access, PpksTypes types) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.access = access;
        this.types = types;
    }

    /** @param month {@code YYYY-MM}; null: the current month */
    public Report of(String month) {
        YearMonth period;
        try {
            period = month == null || month.isBlank() ? YearMonth.from(clock.now()) : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", "INVALID_FORMAT", "bulan berbentuk TTTT-BB, misalnya 2026-11");
        }
        OffsetDateTime from = period.atDay(1).atStartOfDay(clock.zone()).toOffsetDateTime();
        OffsetDateTime to = period.plusMonths(1).atDay(1).atStartOfDay(clock.zone()).toOffsetDateTime();
        Set<String> regencies = access.visibleRegencies().orElse(null);
        List<Row> rows = jdbc.sql("""
                select p.ppks_code, d.code, d.name,
                       coalesce(s.sex, case when s.nik is null then null
                                            when substr(s.nik, 7, 2)::int > 40 then 'F' else 'M' end) as sex,
                       case when s.birth_date is null then null
                            when date_part('year', age((c.opened_at at time zone :zone)::date, s.birth_date)) < 5 then '0-4'
                            when date_part('year', age((c.opened_at at time zone :zone)::date, s.birth_date)) < 18 then '5-17'
                            when date_part('year', age((c.opened_at at time zone :zone)::date, s.birth_date)) < 60 then '18-59'
                            else '60+' end as age_group,
                       count(*)
                  from slrt.case_ppks p
                  join slrt.case_file c on c.id = p.case_id
                  left join slrt.case_person s on s.id = c.subject_person_id
                  left join slrt.region d on d.code = substr(s.nik, 1, 6) and d.level = 3
                 where c.opened_at >= :from and c.opened_at < :to
                   and (cast(:all as boolean) or c.region_code = any (:regencies))
                 group by 1, 2, 3, 4, 5""")
                .param("zone", clock.zone().getId())
                .param("from", from)
                .param("to", to)
                .param("all", regencies == null)
                .param("regencies", regencies == null ? new String[0] : regencies.toArray(String[]::new))
                .query((rs, n) -> {
                    String code = rs.getString(1);
                    PpksTypes.PpksType type = types.find(code).orElse(new PpksTypes.PpksType(code, 99, code));
                    return new Row(type.number(), code, type.label(), rs.getString(2),
                            rs.getString(3) == null ? UNKNOWN : rs.getString(3), sexLabel(rs.getString(4)),
                            ageLabel(rs.getString(5)), rs.getLong(6));
                })
                .list().stream()
                .sorted(java.util.Comparator.comparingInt(Row::ppksNumber).thenComparing(Row::districtName)
                        .thenComparing(Row::sex).thenComparing(Row::ageGroup))
                .toList();
        return new Report(period.toString(), rows, rows.stream().mapToLong(Row::cases).sum());
    }

    /** Per PPKS type the caller's open cases and those opened this month (the dashboard's PPKS table). */
    public record TypeCount(int number, String code, String label, long open, long openedThisMonth) {
    }

    public List<TypeCount> countsByType() {
        YearMonth period = YearMonth.from(clock.now());
        OffsetDateTime from = period.atDay(1).atStartOfDay(clock.zone()).toOffsetDateTime();
        Set<String> regencies = access.visibleRegencies().orElse(null);
        return jdbc.sql("""
                select p.ppks_code, count(*) filter (where c.closed_at is null),
                       count(*) filter (where c.opened_at >= :from)
                  from slrt.case_ppks p join slrt.case_file c on c.id = p.case_id
                 where (cast(:all as boolean) or c.region_code = any (:regencies))
                 group by 1""")
                .param("from", from)
                .param("all", regencies == null)
                .param("regencies", regencies == null ? new String[0] : regencies.toArray(String[]::new))
                .query((rs, n) -> {
                    PpksTypes.PpksType type = types.find(rs.getString(1))
                            .orElse(new PpksTypes.PpksType(rs.getString(1), 99, rs.getString(1)));
                    return new TypeCount(type.number(), type.code(), type.label(), rs.getLong(2), rs.getLong(3));
                })
                .list().stream().sorted(java.util.Comparator.comparingInt(TypeCount::number)).toList();
    }

    static String sexLabel(String sex) {
        return sex == null ? UNKNOWN : "F".equals(sex) ? "Perempuan" : "Laki-laki";
    }

    static String ageLabel(String group) {
        return switch (group == null ? "" : group) {
            case "0-4" -> "0-4 tahun";
            case "5-17" -> "5-17 tahun";
            case "18-59" -> "18-59 tahun";
            case "60+" -> "60 tahun ke atas";
            default -> UNKNOWN;
        };
    }
}
