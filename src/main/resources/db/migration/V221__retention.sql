-- Retention (docs/security.md, "Retention"): closed case files are erased once their service's retention period
-- has passed, unless a legal hold stops it. The case file row itself stays as a statistic (number, service,
-- regency, dates, outcome); its people, description, events, access audit and the other features' records go.

alter table case_file add column erased_at timestamptz;

-- A legal hold (a court, the police or an inspection needs the file): set and cleared by a supervisor or an
-- administrator; each change is also a case event (LEGAL_HOLD_SET / LEGAL_HOLD_CLEARED).
create table case_legal_hold (
    case_id bigint       primary key references case_file (id),
    reason  varchar(500) not null,
    set_by  varchar(100) not null,
    set_at  timestamptz  not null
);

-- What each run erased: registration numbers and counts, never personal data.
create table retention_log (
    id                  bigint generated always as identity primary key,
    run_at              timestamptz not null,
    registration_number varchar(32) not null,
    service_type        varchar(40) not null,
    closed_at           timestamptz not null,
    parts               jsonb       not null
);

create index retention_log_run on retention_log (run_at);
create index case_file_closed_unerased on case_file (closed_at) where closed_at is not null and erased_at is null;

-- The append-only trails give way to the retention job only: it sets slrt.retention_erasure in its own
-- transaction (set local), nothing else in the application does. UPDATE and TRUNCATE stay refused.
create or replace function case_event_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('slrt.retention_erasure', true) = 'on' then
        return old;
    end if;
    raise exception 'case_event is append-only: % is not allowed', tg_op;
end;
$$;

create or replace function audit_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and tg_level = 'ROW' and current_setting('slrt.retention_erasure', true) = 'on' then
        return old;
    end if;
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op;
end;
$$;
