package id.slrt.caseengine.dashboard;

import id.slrt.caseengine.catalogue.PpksTypes;
import id.slrt.caseengine.platform.Encryption;
import id.slrt.caseengine.security.region.CaseAccess;
import id.slrt.caseengine.system.InvalidInputException;
import id.slrt.caseengine.system.OfficeClock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The monthly PPKS report an office sends to the province and Kemensos: cases opened in the month (office time
 * zone), counted per PPKS type they carry x kecamatan (from the subject's NIK, opened from its sealed column) x sex x age group (at opening), over
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
    private final Encryption encryption;

    public PpksReport(JdbcClient jdbc, OfficeClock clock, CaseAccess access, PpksTypes types, Encryption encryption) {
        this.encryption = encryption;
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
        // The subject's NIK and birth date are sealed at rest, so kecamatan, sex and age are derived here, not in SQL.
        List<Subject> subjects = jdbc.sql("""
                select p.ppks_code, c.opened_at, s.nik, s.birth_date, s.sex
                  from slrt.case_ppks p
                  join slrt.case_file c on c.id = p.case_id
                  left join slrt.case_person s on s.id = c.subject_person_id
                 where c.opened_at >= :from and c.opened_at < :to
                   and (cast(:all as boolean) or c.region_code = any (:regencies))""")
                .param("from", from)
                .param("to", to)
                .param("all", regencies == null)
                .param("regencies", regencies == null ? new String[0] : regencies.toArray(String[]::new))
                .query((rs, n) -> new Subject(rs.getString(1), rs.getObject(2, OffsetDateTime.class),
                        encryption.openText(rs.getString(3)), encryption.openText(rs.getString(4)), rs.getString(5)))
                .list();
        Map<String, String> districts = districtNames(subjects.stream().map(Subject::districtCode)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        Map<List<String>, Long> cells = new java.util.HashMap<>();
        for (Subject subject : subjects) {
            String district = districts.containsKey(subject.districtCode()) ? subject.districtCode() : null;
            cells.merge(java.util.Arrays.asList(subject.ppksCode(), district, subject.sex(),
                    subject.ageGroup(clock.zone())), 1L, Long::sum);
        }
        List<Row> rows = cells.entrySet().stream().map(cell -> {
                    List<String> key = cell.getKey();
                    PpksTypes.PpksType type = types.find(key.get(0))
                            .orElse(new PpksTypes.PpksType(key.get(0), 99, key.get(0)));
                    String district = key.get(1);
                    return new Row(type.number(), key.get(0), type.label(), district,
                            district == null ? UNKNOWN : districts.get(district), sexLabel(key.get(2)),
                            ageLabel(key.get(3)), cell.getValue());
                })
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

    /** The subject of one classified case, opened. */
    private record Subject(String ppksCode, OffsetDateTime openedAt, String nik, String birthDate, String recordedSex) {

        String districtCode() {
            return nik == null || nik.length() < 6 ? null : nik.substring(0, 6);
        }

        /** The recorded sex, else the NIK's (women's birth day is given plus 40). */
        String sex() {
            if (recordedSex != null) {
                return recordedSex;
            }
            if (nik == null || nik.length() < 8 || !nik.substring(6, 8).chars().allMatch(Character::isDigit)) {
                return null;
            }
            return Integer.parseInt(nik.substring(6, 8)) > 40 ? "F" : "M";
        }

        String ageGroup(java.time.ZoneId zone) {
            if (birthDate == null || birthDate.isBlank()) {
                return null;
            }
            int years = java.time.Period.between(java.time.LocalDate.parse(birthDate.strip()),
                    openedAt.atZoneSameInstant(zone).toLocalDate()).getYears();
            return years < 5 ? "0-4" : years < 18 ? "5-17" : years < 60 ? "18-59" : "60+";
        }
    }

    private Map<String, String> districtNames(Set<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new java.util.HashMap<>();
        jdbc.sql("select code, name from slrt.region where level = 3 and code = any (?)")
                .param(codes.toArray(String[]::new))
                .query((rs, n) -> names.put(rs.getString(1), rs.getString(2))).list();
        return names;
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
