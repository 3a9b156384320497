-- Calendar feeds carry SEQUENCE and LAST-MODIFIED for each session: the number of times its time,
-- place or title changed, and when it last did (null for sessions from before this was kept).
alter table project_session add column sequence_no integer not null default 0;
alter table project_session add column changed_at timestamp with time zone;
