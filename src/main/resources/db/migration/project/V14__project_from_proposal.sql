-- The funded proposal a project came from (null for projects set up by hand), and why and when
-- it was closed when that proposal withdrew from its funding.
alter table project add column proposal_id bigint;
alter table project add column closed_at timestamp with time zone;
alter table project add column closed_reason varchar(2000);
create index project_proposal on project (proposal_id);
