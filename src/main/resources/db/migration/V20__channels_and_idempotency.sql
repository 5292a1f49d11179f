-- Inbound citizen messages (WhatsApp, SMS): one row per provider message id, so a webhook delivered twice
-- is handled once. The row is inserted first in the handling transaction; a concurrent duplicate waits on the
-- unique key and then finds the committed row.
create table inbound_message (
    id             bigint generated always as identity primary key,
    channel        varchar(16)  not null check (channel in ('WHATSAPP', 'SMS')),
    external_id    varchar(200) not null,
    received_at    timestamptz  not null,
    outcome        varchar(32),
    case_id        bigint       references case_file (id),
    unique (channel, external_id)
);

create index inbound_message_case on inbound_message (case_id);

-- Follow-up messages and the public status check find a case by the reporter's phone.
create index case_person_phone on case_person (phone) where phone is not null;

-- POST /api/cases with an Idempotency-Key header: the first answer is stored and replayed for repeats.
create table intake_idempotency (
    created_by      varchar(100) not null,
    idempotency_key varchar(200) not null,
    request_hash    char(64)     not null,
    case_id         bigint       references case_file (id),
    response        jsonb,
    created_at      timestamptz  not null,
    primary key (created_by, idempotency_key)
);
