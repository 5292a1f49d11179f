-- Who read a case's personal data and when (changes are the case event log, itself append-only). Append-only:
-- the database refuses UPDATE, DELETE and TRUNCATE, whoever asks.
create table case_access_audit (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz  not null,
    actor          varchar(100) not null,
    action         varchar(20)  not null check (action in ('VIEW', 'SEARCH_RESULT', 'AUDIT_VIEW')),
    case_id        bigint       not null references case_file (id),
    route          varchar(200) not null,
    client_address varchar(64),
    details        jsonb
);

create index case_access_audit_case on case_access_audit (case_id, occurred_at, id);
create index case_access_audit_actor on case_access_audit (actor, occurred_at);

create function audit_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op;
end;
$$;

create trigger case_access_audit_append_only
    before update or delete on case_access_audit
    for each row execute function audit_is_append_only();

create trigger case_access_audit_no_truncate
    before truncate on case_access_audit
    for each statement execute function audit_is_append_only();

create trigger case_event_no_truncate
    before truncate on case_event
    for each statement execute function audit_is_append_only();
