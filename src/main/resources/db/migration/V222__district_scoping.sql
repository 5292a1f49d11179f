-- District scoping (docs/security.md, "Who sees which case"): a Puskesos operator assigned to districts (kecamatan)
-- sees only the cases of those districts. The reference data (Kepmendagri 2025) stops at districts, so villages are
-- scoped through their district. Staff with no assignment keep regency scoping.
alter table case_file add column district_code varchar(6) references region (code);
create index case_file_district on case_file (district_code) where district_code is not null;

create table staff_district (
    user_id       varchar(100) not null,
    district_code varchar(6)   not null references region (code),
    assigned_by   varchar(100) not null,
    assigned_at   timestamptz  not null,
    primary key (user_id, district_code)
);
