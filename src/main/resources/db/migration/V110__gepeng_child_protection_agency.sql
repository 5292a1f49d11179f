-- Gepeng handling: a child found on the street is referred to the child-protection unit (UPTD PPA) or an LPKS.
-- UPTD PPA: Unit Pelaksana Teknis Daerah Perlindungan Perempuan dan Anak (Permen PPPA 4/2018).
insert into agency (code, name_id) values
    ('UPTD_PPA', 'UPTD Perlindungan Perempuan dan Anak')
on conflict do nothing;
