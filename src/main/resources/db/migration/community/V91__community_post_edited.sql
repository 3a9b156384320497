alter table community_post add column edited_at timestamp with time zone;
