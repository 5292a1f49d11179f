-- DEMO DATA for the local stand-in of the Disdukcapil biometric identity check (topic
-- disdukcapil-biometric-check) on the embedded default. Not real people: the NIKs and KK numbers are made up
-- to have a valid structure. A capture reference not listed here answers NO_RECORD. A production deployment
-- uses the real Disdukcapil worker and never reads this table.

create table demo_biometric_record (
    capture_reference varchar(40)  primary key,
    nik               char(16)     not null,
    kk_number         char(16),
    name              varchar(200) not null,
    -- Regency (kabupaten/kota) of the address on the population record: where the family lives.
    region_code       varchar(4)   not null references region (code)
);

insert into demo_biometric_record (capture_reference, nik, kk_number, name, region_code) values
    ('SJ-3516-0001', '3516011407810007', '3516011002100007', 'Suparman', '3516'),
    ('SJ-3516-0002', '3517025509880003', '3517021204150003', 'Siti Aminah', '3517'),
    ('SJ-3516-0004', '3516014502900008', '3516011002100008', 'Sulastri', '3516');
