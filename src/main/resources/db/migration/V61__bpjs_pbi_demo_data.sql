-- DEMO DATA for the local stand-ins of the embedded default (Disdukcapil population records, DTSEN welfare
-- deciles, BPJS memberships). Not real people: the NIKs are made up to have a valid structure. A production
-- deployment uses real agency workers and never reads these tables.

create table demo_population_record (
    nik       char(16)     primary key,
    kk_number char(16)     not null,
    name      varchar(200) not null,
    alive     boolean      not null default true
);

create table demo_dtsen_household_member (
    nik    char(16) primary key,
    decile smallint not null check (decile between 1 and 10)
);

create table demo_bpjs_membership (
    nik             char(16)    primary key,
    status          varchar(16) not null check (status in ('ACTIVE', 'INACTIVE', 'BLOCKED')),
    deactivated_on  date
);

insert into demo_population_record (nik, kk_number, name, alive) values
    ('3516015203850001', '3516011503200001', 'Sri Wahyuni', true),
    ('3516011203850002', '3516011503200002', 'Budi Santoso', true),
    ('3516014507400001', '3516010101150003', 'Sanah', true),
    ('3516012001800004', '3516011002100004', 'Joko Susilo', true),
    ('3516016308700005', '3516011002100005', 'Rukmini', true),
    ('3516010505600006', '3516011002100006', 'Slamet', false);

insert into demo_dtsen_household_member (nik, decile) values
    ('3516015203850001', 3),
    ('3516011203850002', 7),
    ('3516014507400001', 2),
    ('3516012001800004', 4),
    ('3516016308700005', 5);

insert into demo_bpjs_membership (nik, status, deactivated_on) values
    ('3516012001800004', 'BLOCKED', null),
    ('3516016308700005', 'INACTIVE', date '2026-09-01');
