package id.slrt.caseengine.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's figures as SQL aggregates over {@code slrt.case_file} and {@code slrt.sla_clock}; each query
 * makes one pass with grouping sets (total, per service, per unit, per caseworker, per week).
 *
 * <p>Definitions, for an open case (closed_at null) and its open SLA clocks (completed_at null):
 * <ul>
 *   <li>past the deadline (breached): an open clock whose due time has come ({@code due_at <= now});</li>
 *   <li>at risk: not breached, and an open clock was flagged at 75 % of its time ({@code at_risk_at}).</li>
 * </ul>
 * A closed case was on time when none of its clocks breached or finished after its due time (a clock still
 * open at closing counts as finished at closing).
 */
@Repository
public class DashboardRepository {

    /** What a figure row is grouped by. */
    public enum Dimension { TOTAL, SERVICE, UNIT, CASEWORKER, WEEK }

    /** Which cases count: one unit, one service, and the regencies the viewer may see (null: no limit). */
    public record Filter(String unitCode, String serviceType, Set<String> visibleRegencies,
                         Set<String> visibleDistricts) {

        public Filter(String unitCode, String serviceType, Set<String> visibleRegencies) {
            this(unitCode, serviceType, visibleRegencies, null);
        }
    }

    public record OpenRow(Dimension dimension, String key, long open, long atRisk, long breached) {
    }

    public record ClosedRow(Dimension dimension, String key, LocalDate week, long closed, long onTime,
                            Double medianSeconds) {
    }

    public record BreachedRow(String registrationNumber, String serviceType, String regionCode, String status,
                              String statusLabel, String step, String taskId, String assignee, OffsetDateTime dueAt,
                              OffsetDateTime atRiskAt, OffsetDateTime breachedAt, String processInstanceId,
                              OffsetDateTime openedAt) {
    }

    public record OpenTotals(long open, long atRisk, long breached) {
    }

    /** Per open case: whether an open clock is past its deadline, whether one was flagged at risk. */
    private static final String OPEN_CLOCKS = """
            open_clock as (
                select k.case_id,
                       bool_or(k.due_at <= ?) as breached,
                       bool_or(k.at_risk_at is not null) as at_risk
                  from slrt.sla_clock k
                 where k.completed_at is null
                 group by k.case_id)""";

    private final JdbcClient jdbc;

    public DashboardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open, at-risk and breached cases: in total, per service, per unit and per caseworker. */
    public List<OpenRow> openFigures(Filter filter, OffsetDateTime now) {
        Where where = scope(filter);
        List<Object> params = new ArrayList<>();
        params.add(now);
        params.addAll(where.params);
        return jdbc.sql("with " + OPEN_CLOCKS + """
                        select grouping(c.service_type, c.region_code, c.current_assignee) as g,
                               c.service_type, c.region_code, c.current_assignee,
                               count(*) as open,
                               count(*) filter (where o.at_risk and not o.breached) as at_risk,
                               count(*) filter (where o.breached) as breached
                          from slrt.case_file c
                          left join open_clock o on o.case_id = c.id
                         where c.closed_at is null""" + where.sql + """

                         group by grouping sets ((), (c.service_type), (c.region_code), (c.current_assignee))""")
                .params(params)
                .query((rs, n) -> {
                    Dimension dimension = switch (rs.getInt("g")) {
                        case 0b011 -> Dimension.SERVICE;
                        case 0b101 -> Dimension.UNIT;
                        case 0b110 -> Dimension.CASEWORKER;
                        default -> Dimension.TOTAL;
                    };
                    return new OpenRow(dimension, key(rs, dimension), rs.getLong("open"), rs.getLong("at_risk"),
                            rs.getLong("breached"));
                })
                .list();
    }

    /** The three totals of every open case, for the gauges: one pass over two partial indexes. */
    public OpenTotals openTotals(OffsetDateTime now) {
        return jdbc.sql("with " + OPEN_CLOCKS + """
                        select count(*),
                               count(*) filter (where o.at_risk and not o.breached),
                               count(*) filter (where o.breached)
                          from slrt.case_file c
                          left join open_clock o on o.case_id = c.id
                         where c.closed_at is null""")
                .param(now)
                .query((rs, n) -> new OpenTotals(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    /**
     * Cases closed in {@code [from, to)}: how many, how many on time, and the median time from opening to
     * closing; in total, per service, unit, caseworker (the last assignee) and office-calendar week (Monday).
     */
    public List<ClosedRow> closedFigures(Filter filter, OffsetDateTime from, OffsetDateTime to, ZoneId zone) {
        Where where = scope(filter);
        List<Object> params = new ArrayList<>();
        params.add(zone.getId());
        params.add(from);
        params.add(to);
        params.addAll(where.params);
        return jdbc.sql("""
                        with closed as (
                            select c.service_type, c.region_code, c.current_assignee,
                                   cast(date_trunc('week', c.closed_at at time zone cast(? as text)) as date) as week,
                                   extract(epoch from (c.closed_at - c.opened_at)) as seconds,
                                   not exists (select 1 from slrt.sla_clock k
                                                where k.case_id = c.id
                                                  and (k.breached_at is not null
                                                       or coalesce(k.completed_at, c.closed_at) > k.due_at)) as on_time
                              from slrt.case_file c
                             where c.closed_at >= ? and c.closed_at < ?""" + where.sql + """
                        )
                        select grouping(service_type, region_code, current_assignee, week) as g,
                               service_type, region_code, current_assignee, week,
                               count(*) as closed,
                               count(*) filter (where on_time) as on_time,
                               percentile_cont(0.5) within group (order by seconds) as median_seconds
                          from closed
                         group by grouping sets ((), (service_type), (region_code), (current_assignee), (week))""")
                .params(params)
                .query((rs, n) -> {
                    Dimension dimension = switch (rs.getInt("g")) {
                        case 0b0111 -> Dimension.SERVICE;
                        case 0b1011 -> Dimension.UNIT;
                        case 0b1101 -> Dimension.CASEWORKER;
                        case 0b1110 -> Dimension.WEEK;
                        default -> Dimension.TOTAL;
                    };
                    double median = rs.getDouble("median_seconds");
                    return new ClosedRow(dimension, dimension == Dimension.WEEK ? null : key(rs, dimension),
                            rs.getObject("week", LocalDate.class), rs.getLong("closed"), rs.getLong("on_time"),
                            rs.wasNull() ? null : median);
                })
                .list();
    }

    /**
     * Open cases past a deadline, most overdue first: per case its earliest-due open task that is past due
     * (the one to act on).
     */
    public List<BreachedRow> breached(Filter filter, OffsetDateTime now, int limit) {
        Where where = scope(filter);
        List<Object> params = new ArrayList<>();
        params.add(now);
        params.addAll(where.params);
        params.add(limit);
        return jdbc.sql("""
                        select b.* from (
                            select distinct on (c.id)
                                   c.registration_number, c.service_type, c.region_code, c.status, s.label_id,
                                   k.step_name, k.task_id, k.assignee, k.due_at, k.at_risk_at, k.breached_at,
                                   c.process_instance_id, c.opened_at
                              from slrt.sla_clock k
                              join slrt.case_file c on c.id = k.case_id
                              join slrt.case_status s on s.code = c.status
                             where k.completed_at is null and k.due_at <= ? and c.closed_at is null""" + where.sql + """

                             order by c.id, k.due_at, k.id) b
                         order by b.due_at, b.registration_number
                         limit ?""")
                .params(params)
                .query((rs, n) -> new BreachedRow(rs.getString("registration_number"), rs.getString("service_type"),
                        rs.getString("region_code"), rs.getString("status"), rs.getString("label_id"),
                        rs.getString("step_name"), rs.getString("task_id"), rs.getString("assignee"),
                        rs.getObject("due_at", OffsetDateTime.class), rs.getObject("at_risk_at", OffsetDateTime.class),
                        rs.getObject("breached_at", OffsetDateTime.class), rs.getString("process_instance_id"),
                        rs.getObject("opened_at", OffsetDateTime.class)))
                .list();
    }

    private static String key(ResultSet rs, Dimension dimension) throws SQLException {
        return switch (dimension) {
            case SERVICE -> rs.getString("service_type");
            case UNIT -> rs.getString("region_code");
            case CASEWORKER -> rs.getString("current_assignee");
            default -> null;
        };
    }

    /** Messages to citizens of one office-calendar day that did not arrive, and how many of them went again by SMS. */
    public record UndeliveredDay(LocalDate day, long undelivered, long fellBackToSms) {
    }

    /**
     * Outbound messages created since {@code from} that failed to send or that the provider reported failed or
     * undeliverable, per day of the office calendar (only days with any).
     */
    public List<UndeliveredDay> undeliveredPerDay(Filter filter, OffsetDateTime from, ZoneId zone) {
        Where where = scope(filter);
        List<Object> params = new ArrayList<>();
        params.add(zone.getId());
        params.add(from);
        params.addAll(where.params);
        return jdbc.sql("""
                        select (o.created_at at time zone ?)::date as day, count(*) as undelivered,
                               count(*) filter (where exists (select 1 from slrt.notification_outbox f
                                                               where f.fallback_of = o.id)) as fell_back
                          from slrt.notification_outbox o join slrt.case_file c on c.id = o.case_id
                         where o.created_at >= ?
                           and (o.status = 'FAILED' or o.delivery_status in ('FAILED', 'UNDELIVERABLE'))"""
                        + where.sql + """

                         group by 1 order by 1""")
                .params(params)
                .query((rs, n) -> new UndeliveredDay(rs.getObject("day", LocalDate.class), rs.getLong("undelivered"),
                        rs.getLong("fell_back")))
                .list();
    }

    /** Cases reopened after a dissatisfied answer back: reopenings and distinct cases per service since {@code from}. */
    public record ReopenedRow(String serviceType, long reopenings, long cases) {
    }

    public List<ReopenedRow> reopenedPerService(Filter filter, OffsetDateTime from) {
        Where where = scope(filter);
        List<Object> params = new ArrayList<>();
        params.add(from);
        params.addAll(where.params);
        return jdbc.sql("""
                        select c.service_type, count(*) as reopenings, count(distinct c.id) as cases
                          from slrt.case_event e join slrt.case_file c on c.id = e.case_id
                         where e.event_type = 'CASE_REOPENED' and e.occurred_at >= ?""" + where.sql + """

                         group by c.service_type order by c.service_type""")
                .params(params)
                .query((rs, n) -> new ReopenedRow(rs.getString("service_type"), rs.getLong("reopenings"),
                        rs.getLong("cases")))
                .list();
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where scope(Filter filter) {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (filter.visibleRegencies() != null) {
            sql.append(" and c.region_code = any (?)");
            params.add(filter.visibleRegencies().toArray(String[]::new));
        }
        if (filter.visibleDistricts() != null) {
            sql.append(" and c.district_code = any (?)");
            params.add(filter.visibleDistricts().toArray(String[]::new));
        }
        if (filter.unitCode() != null) {
            sql.append(" and c.region_code = ?");
            params.add(filter.unitCode());
        }
        if (filter.serviceType() != null) {
            sql.append(" and c.service_type = ?");
            params.add(filter.serviceType());
        }
        return new Where(sql.toString(), params);
    }
}
