-- PPKS classification of a case (Permensos 8/2012, kept by Permensos 5/2019): one row per type a case carries.
-- The codes are those of bpmn/ppks-types.dmn (the regulation's fixed list of 26, checked by the application).
-- source: INTAKE (chosen at intake), SERVICE (suggested by the service catalogue when intake chose none),
-- ASSESSMENT (set by the caseworker later).
create table case_ppks (
    case_id     bigint       not null references case_file (id),
    ppks_code   varchar(40)  not null,
    source      varchar(16)  not null check (source in ('INTAKE', 'SERVICE', 'ASSESSMENT')),
    recorded_at timestamptz  not null,
    recorded_by varchar(100) not null,
    primary key (case_id, ppks_code)
);

-- Case search by type and the monthly report (type x month) read by code first.
create index case_ppks_by_code on case_ppks (ppks_code, case_id);
