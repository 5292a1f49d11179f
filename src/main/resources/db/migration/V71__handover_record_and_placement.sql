-- Handover records (berita acara serah terima) of a person to the family, and the status of a person placed in
-- a panti/UPT while reunification is retried.

create table handover_record (
    id                    bigint generated always as identity primary key,
    case_id               bigint        not null references case_file (id),
    record_number         varchar(100)  not null unique,
    handover_date         date          not null,
    receiver_name         varchar(200)  not null,
    receiver_relationship varchar(40)   not null,
    witnesses             varchar(1000) not null,
    location              varchar(500),
    note                  varchar(1000),
    recorded_at           timestamptz   not null,
    recorded_by           varchar(100)  not null
);

create index handover_record_case on handover_record (case_id);

insert into case_status (code, label_id, is_final) values
    ('PLACED', 'Ditempatkan di panti/UPT; penyatuan dengan keluarga diupayakan berkala', false)
on conflict do nothing;
