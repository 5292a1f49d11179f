-- Restricted cases (children's cases and any service listed in slrt.case-access.restricted-service-types) are
-- visible only to the supervisor group and the caseworker the case is assigned to. The assigned caseworker is the
-- last caseworker a task of the case was assigned to; it stays when that task ends, so the caseworker keeps
-- the case between steps.
alter table case_file add column assigned_caseworker varchar(100);
create index case_file_assigned_caseworker on case_file (assigned_caseworker) where assigned_caseworker is not null;
