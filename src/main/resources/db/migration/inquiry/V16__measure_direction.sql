alter table inquiry_measure add column better_when varchar(10) default 'HIGHER' not null;
