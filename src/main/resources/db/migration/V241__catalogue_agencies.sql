-- Agencies (OPD and partners) the service catalogue (bpmn/service-routing.dmn) refers cases to, beyond those of V60.
insert into agency (code, name_id) values
    ('BPBD',         'Badan Penanggulangan Bencana Daerah'),
    ('IPWL',         'Institusi Penerima Wajib Lapor (IPWL) rehabilitasi sosial NAPZA'),
    ('UPTD_PPA',     'UPTD Perlindungan Perempuan dan Anak'),
    ('BP3MI',        'Balai Pelayanan Pelindungan Pekerja Migran Indonesia (BP3MI)'),
    ('DINSOS_PROV',  'Dinas Sosial Provinsi'),
    ('BANK_HIMBARA', 'Bank penyalur bantuan sosial (Himbara)')
on conflict do nothing;
