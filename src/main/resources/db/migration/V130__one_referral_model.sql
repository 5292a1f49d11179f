-- One referral model: village applications referred to an agency (until now slrt.puskesos_referral, with the
-- agency's ACCEPTED/REJECTED answer) become referrals like every other service's. The applicant's application is
-- their consent; a rejection is the agency's decision (AGENCY_DECLINED); the agency's letter or registration number
-- is the outcome's reference.
alter table referral add column outcome_reference varchar(200);
alter table referral drop constraint referral_reason_code_check;
alter table referral add constraint referral_reason_code_check
    check (reason_code in ('CLIENT_REFUSED', 'LACK_OF_CAPACITY', 'NO_LONGER_NEEDED', 'UNABLE_TO_CONTACT_CLIENT',
                           'UNABLE_TO_CONTACT_AGENCY', 'AGENCY_DECLINED'));

insert into referral (case_id, agency_code, purpose, consent, referred_at, referred_by, outcome, reason_code,
                      outcome_note, outcome_reference, closed_at, closed_by)
select case_id, agency_code, 'Permohonan lewat Puskesos (' || need_category || ')', 'GIVEN', referred_at,
       coalesce(referred_by, 'system'),
       case answer when 'ACCEPTED' then 'SUCCESSFUL' when 'REJECTED' then 'UNSUCCESSFUL' end,
       case answer when 'REJECTED' then 'AGENCY_DECLINED' end,
       answer_note, answer_reference, answered_at, answered_by
  from puskesos_referral
 order by id;

drop table puskesos_referral;
