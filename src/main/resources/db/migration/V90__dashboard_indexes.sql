-- Supervisor dashboard and case gauges: every figure is an SQL aggregate over the open cases (100,000 and
-- more) and the SLA clocks, so each main query reads one small partial index instead of the whole table,
-- which also holds every closed case of past years.

-- Open cases by service, unit and caseworker in one pass (grouping sets), from the index alone.
create index case_file_open_dashboard on case_file (service_type, region_code, current_assignee) include (id)
    where closed_at is null;

-- Open clocks with what decides "at risk" and "past the deadline"; supersedes sla_clock_open_by_case
-- (same key and predicate, now covering).
create index sla_clock_open_state on sla_clock (case_id) include (due_at, at_risk_at)
    where completed_at is null;
drop index sla_clock_open_by_case;

-- Every clock of a case: whether a closed case kept all its deadlines.
create index sla_clock_case on sla_clock (case_id) include (due_at, completed_at, breached_at);
