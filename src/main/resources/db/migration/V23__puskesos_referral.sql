-- Village (Puskesos) applications referred to an agency (OPD), with the agency's answer.
-- Kept self-contained for now; a generic referral module can take these rows over later.
create table puskesos_referral (
    id               bigint generated always as identity primary key,
    case_id          bigint       not null references case_file (id),
    need_category    varchar(40)  not null,
    agency_code      varchar(40)  not null,
    agency_name      varchar(200) not null,
    referred_at      timestamptz  not null,
    referred_by      varchar(100),
    answer           varchar(16)  check (answer in ('ACCEPTED', 'REJECTED')),
    answer_reference varchar(200),
    answer_note      text,
    answered_at      timestamptz,
    answered_by      varchar(100)
);

create index puskesos_referral_case on puskesos_referral (case_id);
create index puskesos_referral_open on puskesos_referral (agency_code) where answer is null;
