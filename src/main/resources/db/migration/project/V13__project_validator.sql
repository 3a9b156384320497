-- The external validator named on a project: a person holding the validator role, who signs off
-- the project's outcome report and, where the programme says so, approves its outputs.
alter table project add column validator_id bigint references person (id);
