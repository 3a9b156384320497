alter table inquiry add column withdrawn_at timestamp with time zone;
alter table inquiry add column withdrawal_reason varchar(1000);

create table inquiry_measure_change (
    inquiry_id bigint not null references inquiry (id),
    position integer not null,
    measure_id bigint not null,
    measure_name varchar(200) not null,
    person_id bigint not null references person (id),
    changed_at timestamp with time zone not null,
    field varchar(20) not null,
    before_value varchar(1000),
    after_value varchar(1000),
    primary key (inquiry_id, position)
);
