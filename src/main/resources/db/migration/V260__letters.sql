-- Official letters (letters/): the gap-free number counter per office and year, and the register of issued
-- letters. An issued letter never changes (a trigger refuses updates); a correction is a new row naming the letter
-- it replaces.
create table slrt.letter_counter (
    office_code varchar(8) not null,
    year        integer    not null,
    last_value  integer    not null,
    primary key (office_code, year)
);

create table slrt.letter (
    id                bigserial primary key,
    case_id           bigint       not null references slrt.case_file (id),
    letter_type       varchar(80)  not null,
    title             varchar(200) not null,
    office_code       varchar(8)   not null,
    office_name       varchar(300) not null,
    year              integer      not null,
    sequence          integer      not null,
    letter_number     varchar(120) not null unique,
    verification_code varchar(40)  not null unique,
    issued_on         date         not null,
    issued_at         timestamptz  not null,
    issued_by         varchar(100) not null,
    sha256            char(64)     not null,
    file_name         varchar(200) not null,
    pdf               bytea,
    document_id       bigint,
    -- The office's own text printed in the letter (the answer to a complaint), kept for a correction.
    body              text,
    replaces_id       bigint references slrt.letter (id) unique,
    unique (office_code, year, sequence)
);
create index letter_case_idx on slrt.letter (case_id);

create function slrt.letter_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'issued letter % cannot be changed; issue a correction that replaces it', old.letter_number;
end $$;

create trigger letter_immutable before update on slrt.letter
    for each row execute function slrt.letter_immutable();
