-- Referrals of a case to an agency (OPD): consent before, outcome after (with a reason code when unsuccessful).

create table agency (
    code    varchar(40)  primary key,
    name_id varchar(200) not null
);

insert into agency (code, name_id) values
    ('DINKES',      'Dinas Kesehatan'),
    ('PUSKESMAS',   'Puskesmas'),
    ('RSJ',         'Rumah Sakit Jiwa'),
    ('RSUD',        'Rumah Sakit Umum Daerah'),
    ('BPJS',        'BPJS Kesehatan'),
    ('DISDIK',      'Dinas Pendidikan'),
    ('DISDUKCAPIL', 'Dinas Kependudukan dan Pencatatan Sipil'),
    ('DISPERKIM',   'Dinas Perumahan Rakyat dan Kawasan Permukiman'),
    ('POLRES',      'Kepolisian Resor'),
    ('BAPAS',       'Balai Pemasyarakatan'),
    ('KEJARI',      'Kejaksaan Negeri'),
    ('PENGADILAN',  'Pengadilan Negeri'),
    ('LPKS',        'Lembaga Penyelenggaraan Kesejahteraan Sosial'),
    ('PANTI',       'Panti Sosial / UPT Rehabilitasi Sosial'),
    ('SATPOL_PP',   'Satuan Polisi Pamong Praja'),
    ('DINSOS_ASAL', 'Dinas Sosial daerah asal'),
    ('DISNAKER',    'Dinas Tenaga Kerja (pelatihan keterampilan)'),
    ('KEMENSOS',    'Kementerian Sosial (SIKS-NG)')
on conflict do nothing;

create table referral (
    id                      bigint generated always as identity primary key,
    case_id                 bigint       not null references case_file (id),
    agency_code             varchar(40)  not null references agency (code),
    purpose                 varchar(500) not null,
    consent                 varchar(16)  not null check (consent in ('GIVEN', 'OVERRIDDEN')),
    consent_override_reason varchar(500),
    referred_at             timestamptz  not null,
    referred_by             varchar(100) not null,
    outcome                 varchar(16)  check (outcome in ('SUCCESSFUL', 'UNSUCCESSFUL')),
    reason_code             varchar(40)  check (reason_code in ('CLIENT_REFUSED', 'LACK_OF_CAPACITY', 'NO_LONGER_NEEDED',
                                                               'UNABLE_TO_CONTACT_CLIENT', 'UNABLE_TO_CONTACT_AGENCY')),
    outcome_note            varchar(1000),
    closed_at               timestamptz,
    closed_by               varchar(100),
    check (consent = 'GIVEN' or consent_override_reason is not null),
    check (outcome is distinct from 'UNSUCCESSFUL' or reason_code is not null),
    check ((outcome is null) = (closed_at is null))
);

create index referral_case on referral (case_id, referred_at);
create index referral_open_by_agency on referral (agency_code) where closed_at is null;

-- A case may hand its person over to another service as a new linked case (gepeng -> ODGJ).
alter table case_link drop constraint case_link_link_type_check;
alter table case_link add constraint case_link_link_type_check
    check (link_type in ('POSSIBLE_DUPLICATE', 'HANDED_OVER'));

insert into case_status (code, label_id, is_final) values
    ('WAITING_AGENCY', 'Menunggu jawaban instansi terkait', false)
on conflict do nothing;
