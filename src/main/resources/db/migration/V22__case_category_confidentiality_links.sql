-- Category of a case (for complaints: the four areas of seed 000), searchable and reportable.
-- reporter_confidential: the reporter's identity is shown to the supervisor group only (misuse of social aid).
alter table case_file
    add column category              varchar(40),
    add column reporter_confidential boolean not null default false;

create index case_file_category on case_file (service_type, category);

-- Links between cases, for example a possible duplicate (same service, same subject NIK, both open).
-- Cases are linked for the caseworker to judge, never merged automatically.
create table case_link (
    id             bigint generated always as identity primary key,
    case_id        bigint      not null references case_file (id),
    linked_case_id bigint      not null references case_file (id),
    link_type      varchar(32) not null check (link_type in ('POSSIBLE_DUPLICATE')),
    created_at     timestamptz not null,
    unique (case_id, linked_case_id, link_type),
    check (case_id <> linked_case_id)
);

create index case_link_linked on case_link (linked_case_id);
