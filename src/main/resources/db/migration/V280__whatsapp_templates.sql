-- WhatsApp takes free text only within 24 hours of the citizen's last message; later messages go as approved
-- templates. Each outbox row says what kind of message it is (which template) and the values the template's
-- placeholders take; sent_as records what actually went out (TEXT, or TEMPLATE:<name>).
alter table notification_outbox
    add column message_type        varchar(32) not null default 'CASE_UPDATE',
    add column template_parameters jsonb,
    add column sent_as             varchar(140);

-- When each recipient last wrote to us on WhatsApp (the start of the customer-service window).
create table whatsapp_conversation (
    recipient       varchar(100) primary key,
    last_inbound_at timestamptz  not null
);

alter table local_sent_message add column sent_as varchar(140);
