-- Delivery reports per outbound message: WhatsApp Cloud API status notifications (sent, delivered, read, failed
-- with its error code) and the SMS gateway's delivery reports. One row per (message, status): a report delivered
-- twice is recorded once. The outbox row keeps the furthest status reached, for the case page and the dashboard.
create table message_delivery_status (
    id                  bigint generated always as identity primary key,
    outbox_id           bigint       not null references notification_outbox (id),
    channel             varchar(16)  not null,
    provider_message_id varchar(200) not null,
    status              varchar(16)  not null check (status in ('SENT', 'DELIVERED', 'READ', 'FAILED', 'UNDELIVERABLE')),
    error_code          varchar(40),
    error_title         varchar(300),
    reported_at         timestamptz  not null,
    received_at         timestamptz  not null,
    unique (outbox_id, status)
);

alter table notification_outbox
    add column delivery_status    varchar(16),
    add column delivery_status_at timestamptz,
    add column delivery_error     varchar(300),
    -- An SMS sent because this WhatsApp message failed or was undeliverable: at most one per message.
    add column fallback_of        bigint references notification_outbox (id);

create unique index notification_outbox_one_fallback on notification_outbox (fallback_of) where fallback_of is not null;
create index notification_outbox_provider_id on notification_outbox (provider_message_id) where provider_message_id is not null;
create index notification_outbox_undelivered on notification_outbox (created_at)
    where status = 'FAILED' or delivery_status in ('FAILED', 'UNDELIVERABLE');
