-- Documents of a case (scans, photos, letters). Metadata here, bytes in case_document_content (sealed with
-- AES-256-GCM, platform/Encryption), both written in one transaction: a database backup holds every document and
-- nothing is ever half written. The bytes of a removed document are kept (soft delete) until the retention rule
-- erases them (erased_at: bytes, preview and file name gone, the row stays as a trace).
create table case_document (
    id             bigint generated always as identity primary key,
    case_id        bigint        not null references case_file (id),
    kind           varchar(40)   not null,
    file_name      varchar(200),
    content_type   varchar(100)  not null,
    size_bytes     bigint        not null check (size_bytes > 0),
    sha256         char(64)      not null check (sha256 ~ '^[0-9a-f]{64}$'),
    origin         varchar(16)   not null check (origin in ('UPLOAD', 'GENERATED', 'WHATSAPP')),
    immutable      boolean       not null default false,
    task_id        varchar(64),
    step           varchar(200),
    added_by       varchar(100)  not null,
    added_at       timestamptz   not null,
    store          varchar(16)   not null default 'POSTGRES' check (store in ('POSTGRES', 'S3')),
    storage_key    varchar(200),
    has_preview    boolean       not null default false,
    removed_at     timestamptz,
    removed_by     varchar(100),
    removal_reason varchar(500),
    erased_at      timestamptz,
    check ((removed_at is null) = (removed_by is null) and (removed_at is null) = (removal_reason is null))
);

create index case_document_case on case_document (case_id, added_at, id);

create table case_document_content (
    document_id bigint primary key references case_document (id),
    bytes       bytea,
    preview     bytea
);

-- What a document is cannot change once stored: only removal and erasure touch a row.
create function case_document_is_fixed() returns trigger language plpgsql as $$
begin
    if new.case_id <> old.case_id or new.kind <> old.kind or new.content_type <> old.content_type
            or new.size_bytes <> old.size_bytes or new.sha256 <> old.sha256 or new.added_at <> old.added_at
            or new.added_by <> old.added_by or new.origin <> old.origin or new.immutable <> old.immutable then
        raise exception 'case_document % is fixed once stored', old.id;
    end if;
    return new;
end;
$$;

create trigger case_document_fixed before update on case_document
    for each row execute function case_document_is_fixed();

create trigger case_document_no_delete before delete or truncate on case_document
    for each statement execute function audit_is_append_only();
