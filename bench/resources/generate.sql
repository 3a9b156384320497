-- 50,000 published outputs (more with BENCH_OUTPUTS) for the search benchmark: varied titles,
-- summaries and file text built from a sector vocabulary, spread over themes, types, licences,
-- programmes, years and regions. Runs on H2 after the app has created the schema and demo data.
create table if not exists bench_vocab (n int primary key, w varchar(40));
merge into bench_vocab key (n) values
 (0,'maths'),(1,'english'),(2,'esol'),(3,'dyslexia'),(4,'screening'),(5,'resilience'),(6,'apprentices'),
 (7,'functional'),(8,'digital'),(9,'framework'),(10,'blended'),(11,'retention'),(12,'behaviour'),(13,'tutors'),
 (14,'assessment'),(15,'accessible'),(16,'learners'),(17,'confidence'),(18,'anxiety'),(19,'feedback'),
 (20,'coaching'),(21,'mentoring'),(22,'leadership'),(23,'curriculum'),(24,'employers'),(25,'vocational'),
 (26,'induction'),(27,'numeracy'),(28,'literacy'),(29,'wellbeing'),(30,'attendance'),(31,'questioning'),
 (32,'fractions'),(33,'vocabulary'),(34,'careers'),(35,'guidance'),(36,'inclusion'),(37,'autism'),
 (38,'adhd'),(39,'gcse'),(40,'resit'),(41,'motivation'),(42,'online'),(43,'video'),(44,'podcast'),
 (45,'toolkit'),(46,'planning'),(47,'observation'),(48,'reflection'),(49,'community'),(50,'practice'),
 (51,'research'),(52,'inquiry'),(53,'evaluation'),(54,'baseline'),(55,'measures'),(56,'workshop'),
 (57,'colleagues'),(58,'network'),(59,'conference'),(60,'tlevels'),(61,'stem'),(62,'science');

drop table if exists bench_n;
create table bench_n (x int primary key);
insert into bench_n (x) with recursive q(k) as (select 1 union all select k + 1 from q where k < ${outputs}) select k from q;

insert into output (title, summary, authors, type, licence, programme_id, programme_name, cohort_year, region,
    proposer_id, status, proposed_at, published_at, updated_at, downloads, version)
select
    (select upper(substring(w, 1, 1)) || substring(w, 2) from bench_vocab where n = mod(r.x * 7, 63)) || ' ' || (select w from bench_vocab where n = mod(r.x * 13, 63))
        || ' ' || (select w from bench_vocab where n = mod(r.x * 31, 63)) || ' ' || r.x,
    'How ' || (select w from bench_vocab where n = mod(r.x * 3, 63)) || ' and ' || (select w from bench_vocab where n = mod(r.x * 17, 63))
        || ' helped ' || (select w from bench_vocab where n = mod(r.x * 29, 63)) || ' in ' || (select w from bench_vocab where n = mod(r.x * 41, 63))
        || ' settings: what we tried, what changed and what others can reuse.',
    'Author ' || mod(r.x, 997) || '; Colleague ' || mod(r.x, 389),
    casewhen(mod(r.x, 9) = 0, 'SCREENING_TOOL', casewhen(mod(r.x, 9) = 1, 'DELIVERY_GUIDE', casewhen(mod(r.x, 9) = 2, 'FRAMEWORK',
        casewhen(mod(r.x, 9) = 3, 'ACTIVITY_SET', casewhen(mod(r.x, 9) = 4, 'SELF_ASSESSMENT_TOOL', casewhen(mod(r.x, 9) = 5, 'REPORT',
        casewhen(mod(r.x, 9) = 6, 'PRESENTATION', casewhen(mod(r.x, 9) = 7, 'VIDEO_LINK', 'OTHER')))))))),
    casewhen(mod(r.x, 5) = 0, 'CC_BY_4_0', casewhen(mod(r.x, 5) = 1, 'CC_BY_SA_4_0', casewhen(mod(r.x, 5) = 2, 'CC_BY_NC_4_0',
        casewhen(mod(r.x, 5) = 3, 'CC_BY_NC_SA_4_0', 'ALL_RIGHTS_RESERVED')))),
    p.id, p.name, 2015 + mod(r.x, 11),
    casewhen(mod(r.x, 4) = 0, 'WEST_MIDLANDS', casewhen(mod(r.x, 4) = 1, 'LONDON', casewhen(mod(r.x, 4) = 2, 'NORTH_WEST', 'SOUTH_WEST'))),
    (select min(id) from person), 'PUBLISHED', current_timestamp, dateadd('MINUTE', -r.x, current_timestamp),
    dateadd('MINUTE', -r.x, current_timestamp), mod(r.x, 50), 0
from bench_n r
join (select id, name, row_number() over (order by id) - 1 as k from programme) p
  on p.k = mod(r.x, (select count(*) from programme));

insert into output_theme (output_id, theme_id, theme_name)
select o.id, t.id, t.name from output o
join (select id, name, row_number() over (order by id) - 1 as k from theme) t on t.k = mod(o.id, (select count(*) from theme))
where o.title like '% %' and not exists (select 1 from output_theme x where x.output_id = o.id);

insert into output_file (output_id, original_name, media_type, size_bytes, storage_key, extracted_text, uploaded_at)
select o.id, 'output.pdf', 'application/pdf', 1000, '00000000-0000-0000-0000-000000000000',
    repeat(o.summary || ' ' || (select w from bench_vocab where n = mod(o.id * 11, 63)) || ' '
        || (select w from bench_vocab where n = mod(o.id * 19, 63)) || '. ', 6), current_timestamp
from output o where not exists (select 1 from output_file f where f.output_id = o.id);
