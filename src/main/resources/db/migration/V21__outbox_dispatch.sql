-- Dispatcher lease: a row is claimed by setting locked_until/locked_by in a short transaction
-- (select ... for update skip locked), sent outside any transaction, then marked. A row whose lease ran out
-- while still PENDING (the instance stopped mid-send) is claimed again: delivery is at least once.
alter table notification_outbox
    add column locked_until        timestamptz,
    add column locked_by           varchar(100),
    add column provider_message_id varchar(200);

create index notification_outbox_failed on notification_outbox (created_at) where status = 'FAILED';

-- What the local recording sender (the embedded default's stand-in for WhatsApp and the SMS gateway) "sent".
create table local_sent_message (
    id         bigint generated always as identity primary key,
    outbox_id  bigint       not null references notification_outbox (id),
    channel    varchar(16)  not null,
    recipient  varchar(100) not null,
    body       text         not null,
    sent_at    timestamptz  not null
);

create index local_sent_message_recipient on local_sent_message (recipient, id);
