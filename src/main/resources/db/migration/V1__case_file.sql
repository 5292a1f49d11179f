-- SLRT Case Engine: the project's own schema (Camunda keeps its ACT_* tables in the public schema).

-- Administrative regions (Kepmendagri 2025): province (2 digits), regency/city (4), district (6).
-- Codes are stored without dots, as they appear in a NIK.
create table region (
    code        varchar(6)   primary key,
    dotted_code varchar(8)   not null unique,
    name        varchar(200) not null,
    level       smallint     not null check (level in (1, 2, 3)),
    parent_code varchar(6)   references region (code),
    check (length(code) = level * 2)
);

-- Case statuses with the plain-Indonesian label a citizen is told.
create table case_status (
    code     varchar(32)  primary key,
    label_id varchar(200) not null,
    is_final boolean      not null default false
);

insert into case_status (code, label_id, is_final) values
    ('REGISTERED',        'Terdaftar, menunggu pemeriksaan petugas', false),
    ('VERIFICATION',      'Sedang diverifikasi oleh petugas Dinas Sosial', false),
    ('ASSESSMENT',        'Sedang diasesmen oleh pekerja sosial', false),
    ('IN_PROGRESS',       'Sedang ditangani', false),
    ('RETURNED',          'Dikembalikan untuk perbaikan data', false),
    ('REFERRED',          'Dirujuk ke instansi terkait', false),
    ('AWAITING_APPROVAL', 'Menunggu persetujuan pimpinan', false),
    ('MONITORING',        'Dalam pemantauan', false),
    ('CLOSED',            'Selesai', true);

-- Gap-free registration numbers: one row per regency and year, incremented in the intake transaction.
create table registration_counter (
    regency_code char(4)  not null,
    year         smallint not null,
    last_value   integer  not null,
    primary key (regency_code, year)
);

create table case_file (
    id                  bigint generated always as identity primary key,
    registration_number varchar(32)  not null unique,
    service_type        varchar(40)  not null,
    process_key         varchar(100) not null,
    channel             varchar(16)  not null,
    region_code         varchar(4)   not null references region (code),
    status              varchar(32)  not null references case_status (code),
    current_step        varchar(200),
    current_deadline    timestamptz,
    subject_person_id   bigint,
    reporter_person_id  bigint,
    description         text,
    outcome             varchar(64),
    opened_at           timestamptz  not null,
    closed_at           timestamptz,
    process_instance_id varchar(64),
    created_by          varchar(100),
    updated_at          timestamptz  not null,
    check (registration_number ~ '^SLRT-[0-9]{4}-[0-9]{4}-[0-9]{6}$'),
    check (channel in ('WALK_IN', 'PHONE', 'WHATSAPP', 'SMS', 'WEB', 'PUSKESOS'))
);

create index case_file_open_by_region on case_file (region_code, status) where closed_at is null;
create index case_file_open_deadline on case_file (current_deadline) where closed_at is null;
create index case_file_service on case_file (service_type, opened_at);
create index case_file_process_instance on case_file (process_instance_id);

-- People involved in a case: the subject (PPKS), the reporter, family contacts.
create table case_person (
    id           bigint generated always as identity primary key,
    case_id      bigint       not null references case_file (id),
    role         varchar(20)  not null check (role in ('SUBJECT', 'REPORTER', 'FAMILY_CONTACT')),
    nik          char(16),
    kk_number    char(16),
    name         varchar(200),
    birth_date   date,
    sex          char(1)      check (sex in ('M', 'F')),
    address      varchar(500),
    phone        varchar(20),
    relationship varchar(100),
    created_at   timestamptz  not null default now()
);

create index case_person_case on case_person (case_id);
create index case_person_nik on case_person (nik) where nik is not null;
create index case_person_kk on case_person (kk_number) where kk_number is not null;

alter table case_file
    add constraint case_file_subject_fk foreign key (subject_person_id) references case_person (id),
    add constraint case_file_reporter_fk foreign key (reporter_person_id) references case_person (id);

-- Append-only history of everything that happened to a case.
create table case_event (
    id          bigint generated always as identity primary key,
    case_id     bigint       not null references case_file (id),
    occurred_at timestamptz  not null,
    event_type  varchar(40)  not null,
    step        varchar(200),
    actor       varchar(100),
    details     jsonb
);

create index case_event_case on case_event (case_id, occurred_at, id);

create function case_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'case_event is append-only: % is not allowed', tg_op;
end;
$$;

create trigger case_event_append_only
    before update or delete on case_event
    for each row execute function case_event_is_append_only();

-- Messages to citizens, written in the same transaction as the case change that causes them.
create table notification_outbox (
    id              bigint generated always as identity primary key,
    case_id         bigint       references case_file (id),
    channel         varchar(16)  not null,
    recipient       varchar(100) not null,
    body            text         not null,
    status          varchar(16)  not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    last_error      varchar(500)
);

create index notification_outbox_due on notification_outbox (next_attempt_at) where status = 'PENDING';
create index notification_outbox_case on notification_outbox (case_id);
