-- Uploaded files kept in the database (exchange.files.store=database), so every node of a cluster reaches
-- them and a database backup holds them. With the default local store this table stays empty.
create table stored_file (
    storage_key varchar(80) primary key,
    content bytea not null,
    size bigint not null,
    stored_at timestamp with time zone not null
);
