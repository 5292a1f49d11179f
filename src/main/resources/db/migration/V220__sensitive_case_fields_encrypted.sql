-- Encryption at rest of the most sensitive case fields (docs/security.md, "Encryption at rest"): the identity of
-- every person of a case (NIK, KK number, name, birth date, address: children, ODGJ patients, hidden reporters) and
-- the case's description (what happened, health details). The application seals them with AES-256-GCM
-- (platform/Encryption); the database sees only "enc:..." text. Existing rows are sealed by the application at
-- start (casefile/SensitiveFieldSealer), which is also how a key rotation re-seals them: sealed_with names the key
-- a row's fields are sealed with, null for rows not sealed yet.
alter table case_person
    alter column nik type text,
    alter column kk_number type text,
    alter column name type text,
    alter column birth_date type text using to_char(birth_date, 'YYYY-MM-DD'),
    alter column address type text,
    add column nik_hash    text,
    add column kk_hash     text,
    add column sealed_with varchar(32);

-- Exact search by NIK or KK number goes through keyed hashes (blind index), never the sealed value.
drop index if exists case_person_nik;
drop index if exists case_person_kk;
create index case_person_nik_hash on case_person (nik_hash) where nik_hash is not null;
create index case_person_kk_hash on case_person (kk_hash) where kk_hash is not null;
create index case_person_unsealed on case_person (id) where sealed_with is null;

alter table case_file add column description_sealed_with varchar(32);
