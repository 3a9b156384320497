-- Each budget line names the organisation that spends it and a kind of cost; existing lines belong to the
-- proposal's lead organisation, as "other".
alter table proposal_budget_line add column partner_organisation_id bigint;
alter table proposal_budget_line add column category varchar(30);

update proposal_budget_line
   set partner_organisation_id = (select p.lead_organisation_id from proposal p where p.id = proposal_budget_line.proposal_id),
       category = 'OTHER';

alter table proposal_budget_line alter column partner_organisation_id set not null;
alter table proposal_budget_line alter column category set not null;
