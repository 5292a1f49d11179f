-- Citizen satisfaction survey (SKM, PermenPAN-RB 14/2017) and the data behind the satisfaction index (IKM).

-- One invitation per closed case. The citizen proves it with a secret: a link token (sent by WhatsApp or SMS)
-- and/or a printed code (handed over at the front office). Only SHA-256 hashes of the secrets are stored.
create table survey_invitation (
    id              bigint generated always as identity primary key,
    case_id         bigint       not null unique references case_file (id),
    region_code     varchar(4)   not null references region (code),
    service_type    varchar(40)  not null,
    served_on       date         not null,
    delivery        varchar(16)  not null check (delivery in ('LINK', 'PRINTED_CODE')),
    send_channel    varchar(16)  check (send_channel in ('WHATSAPP', 'SMS')),
    link_token_hash char(64)     unique,
    link_expires_at timestamptz,
    code_hash       char(64)     unique,
    code_issued_at  timestamptz,
    code_expires_at timestamptz,
    answered_at     timestamptz,
    created_at      timestamptz  not null,
    check ((link_token_hash is null) = (link_expires_at is null)),
    check ((code_hash is null) = (code_expires_at is null)),
    check (delivery <> 'LINK' or send_channel is not null)
);

-- Answers. Deliberately not linked to the invitation or the case, so that staff reading the case file cannot
-- see how a citizen rated them; an invitation's answered_at (set in the same transaction with a conditional
-- update) is what allows one answer per invitation. Unit, service and the day of service are copied for the
-- index. Profile fields are optional: a respondent may decline to give them.
create table survey_response (
    id           bigint generated always as identity primary key,
    region_code  varchar(4)   not null references region (code),
    service_type varchar(40)  not null,
    served_on    date         not null,
    answered_on  date         not null,
    u1           smallint     not null check (u1 between 1 and 4),
    u2           smallint     not null check (u2 between 1 and 4),
    u3           smallint     not null check (u3 between 1 and 4),
    u4           smallint     not null check (u4 between 1 and 4),
    u5           smallint     not null check (u5 between 1 and 4),
    u6           smallint     not null check (u6 between 1 and 4),
    u7           smallint     not null check (u7 between 1 and 4),
    u8           smallint     not null check (u8 between 1 and 4),
    u9           smallint     not null check (u9 between 1 and 4),
    age_group    varchar(16)  check (age_group in ('UNDER_20', 'AGE_20_29', 'AGE_30_39', 'AGE_40_49', 'AGE_50_59', 'AGE_60_PLUS')),
    sex          char(1)      check (sex in ('M', 'F')),
    education    varchar(16)  check (education in ('NONE', 'SD', 'SMP', 'SMA', 'DIPLOMA', 'S1', 'S2', 'S3')),
    occupation   varchar(16)  check (occupation in ('PNS', 'TNI', 'POLRI', 'SWASTA', 'WIRAUSAHA', 'PELAJAR', 'TIDAK_BEKERJA', 'LAINNYA')),
    comment      varchar(2000)
);

create index survey_response_period on survey_response (served_on, region_code, service_type);
create index case_file_closed on case_file (closed_at, region_code, service_type) where closed_at is not null;
