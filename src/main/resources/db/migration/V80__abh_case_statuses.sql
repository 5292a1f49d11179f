-- Statuses of a child in conflict with the law (ABH, UU SPPA 11/2012): diversion at each stage, accompaniment at
-- the court hearings, reintegration with the family or placement in an LPKS. The labels are what the investigator
-- who asked for the social report is told by the public status check.
insert into case_status (code, label_id, is_final) values
    ('DIVERSION',     'Dalam proses diversi', false),
    ('COURT_HEARING', 'Pendampingan anak di persidangan', false),
    ('REINTEGRATION', 'Reintegrasi anak ke keluarga atau LPKS', false)
on conflict do nothing;
