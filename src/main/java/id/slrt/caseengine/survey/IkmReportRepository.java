package id.slrt.caseengine.survey;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Aggregates over {@code slrt.survey_response} and the closed cases (people served) for the IKM report. */
@Repository
public class IkmReportRepository {

    /** Days {@code [from, to)} in the office calendar, optionally one unit (regency code) and one service type. */
    public record Filter(LocalDate from, LocalDate to, String regionCode, String serviceType) {
    }

    /** Number of answers and the sum of scores per element U1..U9. */
    public record Totals(long respondents, long[] sums) {
    }

    /** What a breakdown groups by: the unit (regency) or the service type. */
    public enum Dimension {
        UNIT("region_code"), SERVICE("service_type");

        final String column;

        Dimension(String column) {
            this.column = column;
        }
    }

    /** Profile questions and their column. */
    public enum ProfileColumn {
        AGE_GROUP("age_group"), SEX("sex"), EDUCATION("education"), OCCUPATION("occupation");

        final String column;

        ProfileColumn(String column) {
            this.column = column;
        }
    }

    private static final String SUMS = "count(*), coalesce(sum(u1), 0), coalesce(sum(u2), 0), coalesce(sum(u3), 0), "
            + "coalesce(sum(u4), 0), coalesce(sum(u5), 0), coalesce(sum(u6), 0), coalesce(sum(u7), 0), "
            + "coalesce(sum(u8), 0), coalesce(sum(u9), 0)";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    public IkmReportRepository(JdbcClient jdbc, id.slrt.caseengine.system.OfficeClock clock) {
        this.jdbc = jdbc;
        this.zone = clock.zone();
    }

    public Totals totals(Filter filter) {
        Where where = responses(filter);
        return jdbc.sql("select " + SUMS + " from slrt.survey_response where " + where.sql)
                .params(where.params).query((rs, n) -> totals(rs, 1)).single();
    }

    public Map<String, Totals> totalsBy(Filter filter, Dimension dimension) {
        Where where = responses(filter);
        Map<String, Totals> result = new LinkedHashMap<>();
        jdbc.sql("select " + dimension.column + ", " + SUMS + " from slrt.survey_response where " + where.sql
                        + " group by " + dimension.column + " order by " + dimension.column)
                .params(where.params)
                .query(rs -> {
                    result.put(rs.getString(1), totals(rs, 2));
                });
        return result;
    }

    /** People served: cases closed in the period (and unit, service). */
    public long peopleServed(Filter filter) {
        Where where = closedCases(filter);
        return jdbc.sql("select count(*) from slrt.case_file where " + where.sql).params(where.params)
                .query(Long.class).single();
    }

    public Map<String, Long> peopleServedBy(Filter filter, Dimension dimension) {
        Where where = closedCases(filter);
        Map<String, Long> result = new LinkedHashMap<>();
        jdbc.sql("select " + dimension.column + ", count(*) from slrt.case_file where " + where.sql
                        + " group by " + dimension.column + " order by " + dimension.column)
                .params(where.params)
                .query(rs -> {
                    result.put(rs.getString(1), rs.getLong(2));
                });
        return result;
    }

    /** Answers per option of a profile question; the key null counts respondents who left it empty. */
    public Map<String, Long> profile(Filter filter, ProfileColumn question) {
        Where where = responses(filter);
        Map<String, Long> result = new LinkedHashMap<>();
        jdbc.sql("select " + question.column + ", count(*) from slrt.survey_response where " + where.sql
                        + " group by " + question.column)
                .params(where.params)
                .query(rs -> {
                    result.put(rs.getString(1), rs.getLong(2));
                });
        return result;
    }

    /** The most recent free-text suggestions of the period, newest first. */
    public List<String> comments(Filter filter, int limit) {
        Where where = responses(filter);
        List<Object> params = new ArrayList<>(where.params);
        params.add(limit);
        return jdbc.sql("select comment from slrt.survey_response where " + where.sql
                        + " and comment is not null order by answered_on desc, id desc limit ?")
                .params(params).query(String.class).list();
    }

    /** Regency codes that have closed cases or answers: the units a supervisor can choose from. */
    public List<String> knownUnits() {
        return jdbc.sql("""
                        select region_code from slrt.case_file where closed_at is not null
                        union select region_code from slrt.survey_response order by 1""")
                .query(String.class).list();
    }

    public List<String> knownServices() {
        return jdbc.sql("""
                        select service_type from slrt.case_file where closed_at is not null
                        union select service_type from slrt.survey_response order by 1""")
                .query(String.class).list();
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where responses(Filter filter) {
        List<Object> params = new ArrayList<>(List.of(filter.from(), filter.to()));
        StringBuilder sql = new StringBuilder("served_on >= ? and served_on < ?");
        scope(filter, sql, params);
        return new Where(sql.toString(), params);
    }

    private Where closedCases(Filter filter) {
        OffsetDateTime from = filter.from().atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = filter.to().atStartOfDay(zone).toOffsetDateTime();
        List<Object> params = new ArrayList<>(List.of(from, to));
        StringBuilder sql = new StringBuilder("closed_at >= ? and closed_at < ?");
        scope(filter, sql, params);
        return new Where(sql.toString(), params);
    }

    private static void scope(Filter filter, StringBuilder sql, List<Object> params) {
        if (filter.regionCode() != null) {
            sql.append(" and region_code = ?");
            params.add(filter.regionCode());
        }
        if (filter.serviceType() != null) {
            sql.append(" and service_type = ?");
            params.add(filter.serviceType());
        }
    }

    private static Totals totals(java.sql.ResultSet rs, int first) throws java.sql.SQLException {
        long[] sums = new long[SurveyElement.values().length];
        for (int i = 0; i < sums.length; i++) {
            sums[i] = rs.getLong(first + 1 + i);
        }
        return new Totals(rs.getLong(first), sums);
    }
}
