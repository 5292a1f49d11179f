-- The clock of every user task that has a deadline: when it started, when it is due, when it was flagged at
-- risk, when it breached, when it was done. The supervisor dashboard and the SLA metrics read from here.
create table sla_clock (
    id           bigint generated always as identity primary key,
    case_id      bigint       not null references case_file (id),
    task_id      varchar(64)  not null unique,
    task_key     varchar(100) not null,
    step_name    varchar(200),
    assignee     varchar(100),
    started_at   timestamptz  not null,
    due_at       timestamptz  not null,
    at_risk_at   timestamptz,
    breached_at  timestamptz,
    completed_at timestamptz
);

create index sla_clock_open_by_case on sla_clock (case_id) where completed_at is null;
create index sla_clock_open_due on sla_clock (due_at) where completed_at is null;
create index sla_clock_completed on sla_clock (completed_at) where completed_at is not null;

-- Who works the case now (assignee of its current task), for the dashboard's per-caseworker figures.
alter table case_file add column current_assignee varchar(100);
create index case_file_open_by_assignee on case_file (current_assignee) where closed_at is null;
create index case_file_closed_by_service on case_file (service_type, closed_at) where closed_at is not null;
