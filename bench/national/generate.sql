-- The national dataset, bulk-loaded with SQL into a PostgreSQL database whose schema the app's own
-- Flyway migrations created (no demo data). Run by generate.sh with psql variables :scale and :seed.
-- Every id is given here (so foreign keys are arithmetic on the row number) and each identity is
-- moved on past them at the end, so the app's own inserts carry on from there.
\set ON_ERROR_STOP on
\timing off
select setseed(:seed / 2147483647.0) as seeded \gset

select greatest(1, round(10000 * :scale))::int as orgs, greatest(100, round(100000 * :scale))::int as people,
       greatest(2, round(200 * :scale))::int as programmes, greatest(10, round(5000 * :scale))::int as projects,
       greatest(10, round(20000 * :scale))::int as inquiries, greatest(5, round(8000 * :scale))::int as reports,
       greatest(10, round(50000 * :scale))::int as outputs, greatest(10, round(200000 * :scale))::int as cascades,
       greatest(2, round(20 * :scale))::int as calls, greatest(10, round(2000 * :scale))::int as proposals,
       greatest(1, round(10 * :scale))::int as editions, greatest(100, round(1000000 * :scale))::int as responses
\gset
\echo organisations :orgs, people :people, programmes :programmes, projects :projects, inquiries :inquiries, reports :reports, outputs :outputs, responses :responses

create temporary table word (n int primary key, w text);
insert into word select i - 1, w from unnest(array['maths','english','esol','dyslexia','screening','resilience',
 'apprentices','functional','digital','framework','blended','retention','behaviour','tutors','assessment','accessible',
 'learners','confidence','anxiety','feedback','coaching','mentoring','leadership','curriculum','employers','vocational',
 'induction','numeracy','literacy','wellbeing','attendance','questioning','fractions','vocabulary','careers','guidance',
 'inclusion','autism','adhd','gcse','resit','motivation','online','video','podcast','toolkit','planning','observation',
 'reflection','community','practice','research','inquiry','evaluation','baseline','measures','workshop','colleagues',
 'network','conference','tlevels','stem','science']) with ordinality as t(w, i);
create function pg_temp.w(k bigint) returns text language sql immutable as $$ select w from word where n = mod(k, 63) $$;
create function pg_temp.pick(a text[], k bigint) returns text language sql immutable as $$ select a[mod(k, array_length(a, 1)) + 1] $$;

-- Organisations ---------------------------------------------------------------------------------
insert into organisation (id, name, type, region, created_at)
select i, initcap(pg_temp.w(i * 7)) || ' ' || pg_temp.pick(array['College','Training','Learning Trust','Adult Education','Academy','Skills Centre'], i) || ' ' || i,
  pg_temp.pick(array['FE_COLLEGE','SIXTH_FORM_COLLEGE','ADULT_COMMUNITY_LEARNING','INDEPENDENT_TRAINING_PROVIDER','SCHOOL','UNIVERSITY','EMPLOYER','OTHER'], i),
  pg_temp.pick(array['NORTH_EAST','NORTH_WEST','YORKSHIRE_AND_THE_HUMBER','EAST_MIDLANDS','WEST_MIDLANDS','EAST_OF_ENGLAND','LONDON','SOUTH_EAST','SOUTH_WEST'], i * 31),
  timestamptz '2015-01-01' + (i % 3000) * interval '1 hour'
from generate_series(1, :orgs) i;

-- People: every one can sign in with the bench password (README). By id mod 100: 0 programme
-- manager, 1-4 mentor, 5-6 validator, 7-9 reviewer, 10-14 provider lead, 15-99 practitioner.
insert into person (id, email, name, password_hash, status, failed_sign_ins, created_at, version)
select i, 'person' || i || '@national.test', initcap(pg_temp.w(i * 11)) || ' ' || initcap(pg_temp.w(i * 17 + 5)) || ' ' || i,
  '{bcrypt}$2a$10$MjmDrKf26FrGnE4v6lNmPu7EhsoA6Dk1mCjyWLfRPG8oaChqp8HvS', 'ACTIVE', 0,
  timestamptz '2016-01-01' + (i % 5000) * interval '1 hour', 0
from generate_series(1, :people) i;
insert into person_role (person_id, role)
select i, case when i % 100 = 0 then 'PROGRAMME_MANAGER' when i % 100 < 5 then 'MENTOR' when i % 100 < 7 then 'VALIDATOR'
  when i % 100 < 10 then 'REVIEWER' when i % 100 < 15 then 'PROVIDER_LEAD' else 'PRACTITIONER' end
from generate_series(1, :people) i;
insert into person_organisation (person_id, organisation_id) select i, (i - 1) % :orgs + 1 from generate_series(1, :people) i;

-- Programmes, two cohorts each ---------------------------------------------------------------------
insert into programme (id, name, summary, description, model, status, start_year, end_year, how_to_take_part, created_at, version)
select i, initcap(pg_temp.w(i * 3)) || ' and ' || pg_temp.w(i * 5 + 1) || ' programme ' || i,
  'Practitioners research ' || pg_temp.w(i * 7) || ' and ' || pg_temp.w(i * 13) || ' together, with a mentor.',
  'A national programme on ' || pg_temp.w(i * 7) || ' for the further education and skills sector.',
  pg_temp.pick(array['ACTION_RESEARCH','ACTION_LEARNING_SET','COLLABORATIVE_JPD','EXCHANGE_GROUP','RESOURCE_PROJECT'], i),
  pg_temp.pick(array['OPEN','RUNNING','CLOSED','RUNNING'], i), 2015 + i % 11, case when i % 4 = 2 then 2016 + i % 11 end,
  'Apply through your organisation''s lead.', timestamptz '2015-01-01' + i * interval '1 day', 0
from generate_series(1, :programmes) i;
insert into programme_theme (programme_id, theme_id) select i, t.id from generate_series(1, :programmes) i
  join theme t on t.id in ((i % 14) + 1, ((i + 5) % 14) + 1);
insert into cohort (id, programme_id, name, starts_on, ends_on, status, schedule, capacity)
select c, (c - 1) / 2 + 1, (2015 + ((c - 1) / 2 + 1) % 11 + (c - 1) % 2)::text || ' cohort',
  make_date(2015 + ((c - 1) / 2 + 1) % 11 + (c - 1) % 2, 9, 1), make_date(2016 + ((c - 1) / 2 + 1) % 11 + (c - 1) % 2, 7, 31),
  pg_temp.pick(array['PLANNED','OPEN','RUNNING','CLOSED'], c), 'Four sessions over the year', 60
from generate_series(1, 2 * :programmes) c;

-- Projects and groups, four members each, sessions, milestones ------------------------------------
-- member k (0-3) of project p is practitioner number (p-1)*4+k, id 100*(n/85) + 15 + n%85.
create function pg_temp.practitioner(n bigint, people int) returns bigint language sql immutable as
 $$ select (100 * ((n / 85) % (people / 100)) + 15 + n % 85) $$;
create function pg_temp.role_person(n bigint, base int, span int, people int) returns bigint language sql immutable as
 $$ select 100 * (n % (people / 100)) + base + (n / (people / 100)) % span $$;
insert into project (id, cohort_id, kind, title, summary, theme_id, facilitator_id, mentor_id, lead_organisation_id, status,
  community, created_at, version, validator_id)
select p, (p - 1) % (2 * :programmes) + 1, pg_temp.pick(array['JPD_PROJECT','ACTION_LEARNING_SET','EXCHANGE_GROUP','RESEARCH_PROJECT'], p),
  initcap(pg_temp.w(p * 7)) || ' ' || pg_temp.w(p * 13) || ' project ' || p,
  'Improving ' || pg_temp.w(p * 3) || ' through ' || pg_temp.w(p * 17) || '.', p % 14 + 1,
  greatest(100, pg_temp.role_person(p, 0, 1, :people)), pg_temp.role_person(p, 1, 4, :people),
  (pg_temp.practitioner((p - 1) * 4, :people) - 1) % :orgs + 1,
  pg_temp.pick(array['FORMING','RUNNING','RUNNING','REPORTING','CLOSED'], p), p % 10 = 0,
  timestamptz '2018-01-01' + p * interval '30 minutes', 0, pg_temp.role_person(p, 5, 2, :people)
from generate_series(1, :projects) p;
update project set facilitator_id = mentor_id where facilitator_id > :people;
insert into project_member (project_id, person_id, organisation_id, focus)
select distinct on (p, pg_temp.practitioner((p - 1) * 4 + k, :people)) p, pg_temp.practitioner((p - 1) * 4 + k, :people),
  (pg_temp.practitioner((p - 1) * 4 + k, :people) - 1) % :orgs + 1, 'Our ' || pg_temp.w(p + k)
from generate_series(1, :projects) p, generate_series(0, 3) k;
insert into project_partner (project_id, organisation_id)
select distinct pm.project_id, pm.organisation_id from project_member pm join project p on p.id = pm.project_id
where pm.organisation_id <> p.lead_organisation_id;
insert into project_session (id, project_id, kind, title, starts_at, ends_at, place, version)
select (p - 1) * 4 + k + 1, p, (array['METHODOLOGY','PLAN_VISIT','MIDWAY_REVIEW','EVALUATION'])[k + 1],
  (array['Methodology day','Plan visit','Midway review','Evaluation'])[k + 1],
  timestamptz '2019-09-01 10:00' + (p % 2000) * interval '1 day' + k * interval '60 days',
  timestamptz '2019-09-01 15:00' + (p % 2000) * interval '1 day' + k * interval '60 days', 'Room ' || k, 0
from generate_series(1, :projects) p, generate_series(0, 3) k;
insert into session_attendance (session_id, person_id)
select s.id, m.person_id from project_session s join project_member m on m.project_id = s.project_id
where s.starts_at < now() and (s.id + m.person_id) % 5 <> 0;
insert into milestone (id, project_id, title, due_on)
select (p - 1) * 3 + k + 1, p, (array['Baseline audit','Intervention','Report'])[k + 1],
  date '2019-10-01' + (p % 2000) + k * 90 from generate_series(1, :projects) p, generate_series(0, 2) k;
insert into milestone_done (milestone_id, person_id, done_on)
select m.id, pm.person_id, m.due_on from milestone m join project_member pm on pm.project_id = m.project_id
where m.due_on < current_date and (m.id + pm.person_id) % 3 = 0;

-- Inquiries at every stage, with measures, plans, comments and logs --------------------------------
-- inquiry i belongs to project (i-1)%projects+1 and its member (i-1)/projects % 4.
insert into inquiry (id, project_id, practitioner_id, title, stage, what_changed, content_lessons, process_lessons, implications,
  created_at, version)
select i, (i - 1) % :projects + 1, pg_temp.practitioner(((i - 1) % :projects) * 4 + ((i - 1) / :projects) % 4, :people),
  'Does ' || pg_temp.w(i * 7) || ' help with ' || pg_temp.w(i * 11) || '? (' || i || ')',
  (array['AUDIT','PLAN','INTERVENE','REAUDIT','EVALUATE','COMPLETE'])[i % 6 + 1],
  case when i % 6 >= 4 then 'Learners used ' || pg_temp.w(i * 3) || ' more often.' end,
  case when i % 6 >= 4 then 'What we learned about ' || pg_temp.w(i * 5) || '.' end,
  case when i % 6 >= 4 then 'Working with colleagues on ' || pg_temp.w(i * 13) || '.' end,
  case when i % 6 = 5 then 'Others could try ' || pg_temp.w(i * 19) || '.' end,
  timestamptz '2019-09-15' + (i % 2000) * interval '1 day', 0
from generate_series(1, :inquiries) i
on conflict do nothing;
insert into inquiry_measure (id, inquiry_id, name, unit, kind, scale_min, scale_max, baseline, baseline_note, reaudit, created_at, better_when)
select (i.id - 1) * 2 + k + 1, i.id, (array['Attendance','Confidence'])[k + 1], (array['%','points'])[k + 1],
  (array['PERCENTAGE','RATING_SCALE'])[k + 1], case when k = 1 then 1 end, case when k = 1 then 5 end,
  case when k = 0 then 60 + i.id % 30 else 2 + i.id % 2 end, 'At the start',
  case when i.id % 6 >= 3 then case when k = 0 then 70 + i.id % 25 else 3 + i.id % 2 end end, i.created_at, 'HIGHER'
from inquiry i, generate_series(0, 1) k;
insert into plan_version (id, inquiry_id, number, created_at)
select i.id, i.id, 1, i.created_at + interval '20 days' from inquiry i where i.stage <> 'AUDIT';
insert into plan_action (plan_version_id, position, what, who, due_on, success_criterion)
select v.id, k, 'Try ' || pg_temp.w(v.id * 3 + k) || ' with the group', 'Me and my team', (v.created_at + (k + 1) * interval '30 days')::date,
  'More learners ' || pg_temp.w(v.id + k) from plan_version v, generate_series(0, 2) k;
insert into inquiry_comment (inquiry_id, position, author_id, plan_version, body, created_at)
select i.id, 0, p.mentor_id, 1, 'A good plan: think about how you will know it worked.', i.created_at + interval '25 days'
from inquiry i join project p on p.id = i.project_id where i.stage <> 'AUDIT';
insert into inquiry_log (inquiry_id, position, entry_on, done, observed, created_at)
select i.id, k, (i.created_at + (40 + k * 14) * interval '1 day')::date, 'Session ' || (k + 1) || ' with ' || pg_temp.w(i.id + k),
  'Learners ' || pg_temp.w(i.id * 3 + k), i.created_at + (40 + k * 14) * interval '1 day'
from inquiry i, generate_series(0, 2) k where i.stage in ('INTERVENE','REAUDIT','EVALUATE','COMPLETE');

-- Reports with versions: practitioner reports of the inquiries furthest on -------------------------
create temporary table report_src as
select row_number() over (order by case when i.stage in ('COMPLETE','EVALUATE') then 0 else 1 end, i.id) as r, i.*
from inquiry i;
insert into report (id, kind, inquiry_id, project_id, author_id, status, signed_off_version, created_at, version)
select r, 'PRACTITIONER', id, project_id, practitioner_id,
  (array['DRAFT','SUBMITTED','COMMENTED','REVISED','SIGNED_OFF','SIGNED_OFF'])[r % 6 + 1],
  case when r % 6 >= 4 then 1 + (r % 2) end, created_at + interval '200 days', 0
from report_src where r <= :reports;
insert into report_version (id, report_id, number, title, summary, nature, content_lessons, process_lessons, implications,
  pages, created_at, created_by, signed_off_at, signed_off_by, correction_reason)
select (rp.id - 1) * 2 + n, rp.id, n, i.title, 'What we did about ' || pg_temp.w(rp.id), repeat('The nature of the inquiry. ', 10),
  repeat('Lessons about ' || pg_temp.w(rp.id * 3) || '. ', 8), repeat('Lessons about working together. ', 8),
  repeat('What others could do. ', 6), 4, rp.created_at + n * interval '10 days', rp.author_id,
  case when rp.signed_off_version = n then rp.created_at + n * interval '12 days' end,
  case when rp.signed_off_version = n then p.validator_id end, case when n = 2 then 'Corrected figures' end
from report rp join inquiry i on i.id = rp.inquiry_id join project p on p.id = rp.project_id
join generate_series(1, 2) n on n <= case when rp.status in ('REVISED') or rp.signed_off_version = 2 then 2 else 1 end;
insert into report_measure (report_version_id, position, name, unit, kind, better_when, scale_min, scale_max, baseline, reaudit)
select v.id, m.id % 2, m.name, m.unit, m.kind, m.better_when, m.scale_min, m.scale_max, m.baseline, m.reaudit
from report_version v join report r on r.id = v.report_id join inquiry_measure m on m.inquiry_id = r.inquiry_id;
insert into report_event (report_id, position, person_id, action, version_number, happened_at)
select r.id, 0, r.author_id, 'SUBMITTED', 1, r.created_at + interval '10 days' from report r where r.status <> 'DRAFT';

-- Outputs with their files' text (the index is rebuilt by the mass indexer on the next start) ------
insert into output (id, title, summary, authors, type, licence, programme_id, programme_name, cohort_year, region, project_id,
  proposer_id, status, decided_by, proposed_at, published_at, updated_at, downloads, version)
select o, initcap(pg_temp.w(o * 7)) || ' ' || pg_temp.w(o * 13) || ' ' || pg_temp.w(o * 31) || ' ' || o,
  'How ' || pg_temp.w(o * 3) || ' and ' || pg_temp.w(o * 17) || ' helped ' || pg_temp.w(o * 29) || ' in ' || pg_temp.w(o * 41)
    || ' settings: what we tried, what changed and what others can reuse.',
  'Author ' || o % 997 || '; Colleague ' || o % 389,
  pg_temp.pick(array['SCREENING_TOOL','DELIVERY_GUIDE','FRAMEWORK','ACTIVITY_SET','SELF_ASSESSMENT_TOOL','REPORT','PRESENTATION','VIDEO_LINK','OTHER'], o),
  pg_temp.pick(array['CC_BY_4_0','CC_BY_SA_4_0','CC_BY_NC_4_0','CC_BY_NC_SA_4_0','ALL_RIGHTS_RESERVED'], o),
  pr.id, pr.name, 2015 + o % 11, pg_temp.pick(array['WEST_MIDLANDS','LONDON','NORTH_WEST','SOUTH_WEST'], o), pj.id,
  pm.person_id, case when o % 20 = 0 then 'PROPOSED' when o % 20 = 1 then 'RETURNED' else 'PUBLISHED' end,
  case when o % 20 > 0 then 100 end, timestamptz '2020-01-01' + o * interval '17 minutes',
  case when o % 20 > 1 then timestamptz '2020-01-02' + o * interval '17 minutes' end,
  timestamptz '2020-01-02' + o * interval '17 minutes', o % 50, 0
from generate_series(1, :outputs) o
join project pj on pj.id = (o - 1) % :projects + 1
join cohort c on c.id = pj.cohort_id join programme pr on pr.id = c.programme_id
join project_member pm on pm.project_id = pj.id and pm.person_id = pg_temp.practitioner((pj.id - 1) * 4, :people);
insert into output_theme (output_id, theme_id, theme_name)
select o.id, t.id, t.name from output o join theme t on t.id = o.id % 14 + 1;
insert into output_organisation (output_id, organisation_id, organisation_name)
select o.id, g.id, g.name from output o join project p on p.id = o.project_id join organisation g on g.id = p.lead_organisation_id;
insert into output_file (id, output_id, original_name, media_type, size_bytes, storage_key, extracted_text, uploaded_at, downloads)
select o.id, o.id, 'output.pdf', 'application/pdf', 1000, '00000000-0000-0000-0000-000000000000',
  repeat(o.summary || ' ' || pg_temp.w(o.id * 11) || ' ' || pg_temp.w(o.id * 19) || '. ', 6), o.proposed_at, 0
from output o;

-- Cascade records ------------------------------------------------------------------------------------
insert into cascade_record (id, person_id, shared_on, audience, mode, people_reached, output_id, programme_id, project_id, note, recorded_at)
select c, pm.person_id, date '2020-02-01' + c % 2000, pg_temp.pick(array['OWN_TEAM','OWN_ORGANISATION','OTHER_ORGANISATIONS','NETWORK_OR_CONFERENCE'], c),
  pg_temp.pick(array['FACE_TO_FACE','ONLINE'], c), 3 + c % 40, case when c % 2 = 0 then (c - 1) % :outputs + 1 end,
  cc.programme_id, pm.project_id, 'Shared with colleagues', timestamptz '2020-02-01' + (c % 2000) * interval '1 day'
from generate_series(1, :cascades) c
join project_member pm on pm.project_id = (c - 1) % :projects + 1 and pm.person_id = pg_temp.practitioner(((c - 1) % :projects) * 4 + (c / :projects) % 4, :people)
join project p on p.id = pm.project_id join cohort cc on cc.id = p.cohort_id;

-- Calls, proposals, reviews -------------------------------------------------------------------------
insert into funding_call (id, programme_id, cohort_id, title, description, eligibility, guidance, minimum_partners, capacity,
  budget_per_project, score_max, opens_at, closes_at, published_at, decisions_released_at, created_at, version)
select k, (k - 1) % :programmes + 1, 2 * ((k - 1) % :programmes) + 1, 'Call for ' || pg_temp.w(k * 5) || ' projects ' || k,
  'Funding for partnerships that research ' || pg_temp.w(k * 5) || '.', 'Providers in England', 'Read the guidance.', 1, 10, 20000, 5,
  timestamptz '2024-01-01' + k * interval '40 days', timestamptz '2024-03-01' + k * interval '40 days',
  timestamptz '2023-12-01' + k * interval '40 days', case when k % 3 = 0 then timestamptz '2024-04-01' + k * interval '40 days' end,
  timestamptz '2023-11-01' + k * interval '40 days', 0
from generate_series(1, :calls) k;
insert into call_criterion (call_id, seq, name, weight)
select k, s, (array['Need','Design','Partnership'])[s + 1], 1 + s from generate_series(1, :calls) k, generate_series(0, 2) s;
-- proposal q: call (q-1)%calls+1, led by provider lead number q (id 100*n + 10..14) of their organisation.
insert into proposal (id, call_id, lead_organisation_id, lead_person_id, title, theme_id, aims, outcomes, validator_organisation,
  validator_contact_name, validator_contact_email, status, details_version, validator_version, last_edited_by, last_edited_at, created_at,
  decision, feedback, decided_by, decided_at, decision_released_at, version)
select q, (q - 1) % :calls + 1, (pg_temp.role_person(q, 10, 5, :people) - 1) % :orgs + 1, pg_temp.role_person(q, 10, 5, :people),
  'Improving ' || pg_temp.w(q * 3) || ' with ' || pg_temp.w(q * 7) || ' ' || q, q % 14 + 1, 'To improve ' || pg_temp.w(q), 'Better ' || pg_temp.w(q * 2),
  'University of ' || initcap(pg_temp.w(q * 9)), 'A Validator', 'validator' || q || '@national.test',
  case when q % 5 = 0 then 'DRAFT' else 'SUBMITTED' end, 1, 1, pg_temp.role_person(q, 10, 5, :people),
  c.opens_at + interval '10 days', c.opens_at + interval '5 days',
  case when c.decisions_released_at is not null and q % 5 <> 0 then pg_temp.pick(array['FUND','RESERVE','DECLINE'], q) end,
  case when c.decisions_released_at is not null and q % 5 <> 0 then 'Thank you for your proposal.' end,
  case when c.decisions_released_at is not null and q % 5 <> 0 then 100 end,
  case when c.decisions_released_at is not null and q % 5 <> 0 then c.closes_at + interval '10 days' end,
  case when c.decisions_released_at is not null and q % 5 <> 0 then c.decisions_released_at end, 0
from generate_series(1, :proposals) q join funding_call c on c.id = (q - 1) % :calls + 1;
insert into proposal_partner (proposal_id, seq, organisation_id, status, responded_by, responded_at)
select p.id, 0, p.lead_organisation_id % :orgs + 1, 'CONFIRMED', null, p.created_at + interval '2 days' from proposal p;
insert into proposal_practitioner (proposal_id, seq, name, email, organisation_id, release_days)
select p.id, s, 'Practitioner ' || s, 'practitioner' || p.id || '-' || s || '@national.test', p.lead_organisation_id, 5
from proposal p, generate_series(0, 1) s;
insert into proposal_budget_line (proposal_id, seq, description, amount)
select p.id, s, (array['Release time','Travel'])[s + 1], (array[15000, 2000])[s + 1] from proposal p, generate_series(0, 1) s;
insert into proposal_submission (proposal_id, seq, submitted_by, submitted_at, snapshot)
select p.id, 0, p.lead_person_id, p.last_edited_at, 'Title: ' || p.title || E'\nAims: ' || p.aims from proposal p where p.status = 'SUBMITTED';
-- two reviews a submitted proposal, by reviewers (id 100*n + 7..9)
insert into review_assignment (id, proposal_id, call_id, reviewer_id, assigned_by, assigned_at, status, recommendation, overall_comment,
  submitted_at, version)
select (p.id - 1) * 2 + k + 1, p.id, p.call_id, pg_temp.role_person(p.id * 2 + k, 7, 3, :people), 100, p.last_edited_at + interval '3 days',
  case when (p.id + k) % 4 = 0 then 'ASSIGNED' else 'SUBMITTED' end,
  case when (p.id + k) % 4 <> 0 then pg_temp.pick(array['FUND','RESERVE','DECLINE'], p.id + k) end,
  case when (p.id + k) % 4 <> 0 then 'A clear proposal.' end,
  case when (p.id + k) % 4 <> 0 then p.last_edited_at + interval '9 days' end, 0
from proposal p, generate_series(0, 1) k where p.status = 'SUBMITTED'
on conflict do nothing;
insert into review_score (assignment_id, seq, score, comment)
select a.id, s, 1 + (a.id + s) % 5, 'Scored' from review_assignment a, generate_series(0, 2) s where a.status = 'SUBMITTED';

-- Conference editions ------------------------------------------------------------------------------
insert into conference_edition (id, conference_year, title, summary, starts_on, ends_on, venue, online, capacity, call_opens,
  call_closes_on, timetable_published, created_at, version)
select e, 2016 + e, 'Practice Exchange conference ' || (2016 + e), 'Practitioners share what they found.', make_date(2016 + e, 6, 20),
  make_date(2016 + e, 6, 21), 'Conference centre ' || e, e % 2 = 0, 400, true, make_date(2016 + e, 3, 1), true,
  make_timestamptz(2015 + e, 10, 1, 0, 0, 0), 0
from generate_series(1, :editions) e;
insert into conference_room (id, edition_id, name, capacity) select (e - 1) * 4 + k + 1, e, 'Room ' || (k + 1), 80
from generate_series(1, :editions) e, generate_series(0, 3) k;
insert into conference_strand (id, edition_id, name) select (e - 1) * 3 + k + 1, e, (array['Maths','English','Leadership'])[k + 1]
from generate_series(1, :editions) e, generate_series(0, 2) k;
insert into conference_application (id, edition_id, applicant_id, work_key, title, summary, inquiry_id, status, submitted_at, decided_at, version)
select a, (a - 1) % :editions + 1, i.practitioner_id, 'inquiry:' || i.id, i.title, 'What we found.', i.id,
  pg_temp.pick(array['SUBMITTED','SELECTED','DECLINED','SELECTED'], a), make_timestamptz(2016 + (a - 1) % :editions + 1, 2, 1, 0, 0, 0),
  case when a % 4 <> 0 then make_timestamptz(2016 + (a - 1) % :editions + 1, 3, 15, 0, 0, 0) end, 0
from generate_series(1, 40 * :editions) a join inquiry i on i.id = a;
insert into conference_slot (id, edition_id, held_on, starts_at, ends_at, kind, title, strand_id, room_id, application_id)
select row_number() over (), a.edition_id, e.starts_on, time '10:00' + ((a.id / :editions) % 6) * interval '1 hour',
  time '10:45' + ((a.id / :editions) % 6) * interval '1 hour', 'TALK', null, (a.edition_id - 1) * 3 + a.id % 3 + 1,
  (a.edition_id - 1) * 4 + (a.id / :editions / 6) % 4 + 1, a.id
from conference_application a join conference_edition e on e.id = a.edition_id where a.status = 'SELECTED';
insert into conference_registration (id, edition_id, person_id, status, registered_at, changed_at, version)
select r, (r - 1) % :editions + 1, pg_temp.practitioner(r, :people), 'REGISTERED', make_timestamptz(2016 + (r - 1) % :editions + 1, 4, 1, 0, 0, 0),
  make_timestamptz(2016 + (r - 1) % :editions + 1, 4, 1, 0, 0, 0), 0
from generate_series(1, 300 * :editions) r;

-- One consultation: 9 categories, 45 recommendations, eight questions; the responses follow --------
insert into consultation (id, title, introduction, opens_on, closes_on, status, recommendation_heading, created_at, created_by, version)
values (1, 'The national workforce review', 'Tell us what you think of the review''s recommendations.', date '2026-10-01',
  date '2026-12-31', 'OPEN', 'Recommendations', timestamptz '2026-09-01', 100, 0);
insert into consultation_category (id, consultation_id, position, name, category_group)
select k + 1, 1, k, (array['Teachers','Leaders','Learners','Employers','Maths','English','Digital','Inclusion','Other'])[k + 1],
  case when k < 4 then 'TARGET_GROUP' when k < 8 then 'THEME' else 'UNGROUPED' end from generate_series(0, 8) k;
insert into consultation_recommendation (id, consultation_id, position, number, text, marks)
select k + 1, 1, k, k + 1, 'Recommendation ' || (k + 1) || ': more time for ' || pg_temp.w(k * 7) || '.',
  translate(lpad('', 9, 'x'), 'x', '.') from generate_series(0, 44) k;
update consultation_recommendation set marks = overlay(marks placing 'A' from position % 9 + 1 for 1);
update consultation_recommendation set marks = overlay(marks placing 'U' from (position + 4) % 9 + 1 for 1) where position % 2 = 0;
insert into consultation_question (id, consultation_id, position, kind, prompt, hint, required) values
 (1, 1, 0, 'SCALE', 'How far do you agree with the review as a whole?', null, true),
 (2, 1, 1, 'SCALE', 'How well does it describe your organisation?', null, true),
 (3, 1, 2, 'SCALE', 'How likely are the recommendations to help learners?', null, true),
 (4, 1, 3, 'RECOMMENDATIONS', 'Which recommendations matter most to you?', null, false),
 (5, 1, 4, 'FREE_TEXT', 'What is missing?', null, false),
 (6, 1, 5, 'FREE_TEXT', 'What would help you act on it?', null, false),
 (7, 1, 6, 'FREE_TEXT', 'Anything else?', null, false),
 (8, 1, 7, 'FREE_TEXT', 'Examples from your practice', null, false);

insert into consultation_response (id, consultation_id, token, respondent_role, organisation_type, region, status, started_at, saved_at,
  submitted_at, submitted_on, link_sent, version)
select x, 1, 'bench-' || x,
  (array['TEACHER_OR_TRAINER','MANAGER_OR_LEADER','TEACHER_EDUCATOR','RESEARCHER','SUPPORT_STAFF','POLICY_OR_FUNDER','OTHER'])[(x * 7919) % 7 + 1],
  (array['FE_COLLEGE','SIXTH_FORM_COLLEGE','ADULT_COMMUNITY_LEARNING','INDEPENDENT_TRAINING_PROVIDER','UNIVERSITY'])[(x * 104729) % 5 + 1],
  (array['NORTH_EAST','NORTH_WEST','YORKSHIRE_AND_THE_HUMBER','EAST_MIDLANDS','WEST_MIDLANDS','EAST_OF_ENGLAND','LONDON','SOUTH_EAST','SOUTH_WEST'])[(x * 1299709) % 9 + 1],
  'SUBMITTED', ts, ts, ts, ts::date, false, 0
from generate_series(1::bigint, :responses) x, lateral (select timestamptz '2026-10-01 12:00+00' + ((x * 31) % 60) * interval '1 day' as ts) t;
-- three scale answers, one free-text answer in three, agreement with five recommendations and their marks
insert into consultation_answer (response_id, consultation_id, question_id, recommendation_id, aspect, choice, text_value, submitted,
  respondent_role, organisation_type, region)
select r.id, 1, q::bigint, null::bigint, null::text, (floor(random() * 5) + 1)::smallint, null::text, true, r.respondent_role, r.organisation_type, r.region
from consultation_response r, generate_series(1, 3) q
union all
select r.id, 1, 5 + r.id % 4, null, null, null, 'Generated answer ' || floor(random() * 100000)::int || ' about mentoring and time to collaborate',
  true, r.respondent_role, r.organisation_type, r.region from consultation_response r where r.id % 3 = 0
union all
select r.id, 1, 4, (r.id * 13 + k * 7) % 45 + 1, a, (floor(random() * 3) + 1)::smallint, null, true, r.respondent_role, r.organisation_type, r.region
from consultation_response r, generate_series(1, 5) k, unnest(array['RECOMMENDATION','MARKS']) a;
-- what the app keeps at submission, rebuilt as migrations V31 and V32 do
insert into consultation_tally (consultation_id, question_id, recommendation_id, aspect, respondent_role, organisation_type, region, choice, answers)
select consultation_id, question_id, 0, '', coalesce(respondent_role, ''), coalesce(organisation_type, ''), coalesce(region, ''), choice, count(*)
from consultation_answer where submitted and choice is not null and recommendation_id is null
group by consultation_id, question_id, coalesce(respondent_role, ''), coalesce(organisation_type, ''), coalesce(region, ''), choice;
insert into consultation_tally (consultation_id, question_id, recommendation_id, aspect, respondent_role, organisation_type, region, choice, answers)
select consultation_id, question_id, recommendation_id, aspect, '', '', '', choice, count(*)
from consultation_answer where submitted and choice is not null and recommendation_id is not null
group by consultation_id, question_id, recommendation_id, aspect, choice;
insert into consultation_daily (consultation_id, submitted_on, responses)
select consultation_id, submitted_on, count(*) from consultation_response where status = 'SUBMITTED' group by consultation_id, submitted_on;
insert into consultation_text_answer (answer_id, consultation_id, question_id, text_value)
select id, consultation_id, question_id, text_value from consultation_answer where submitted and text_value is not null;

-- Move every identity on past the ids given here ---------------------------------------------------
do $$
declare t record; top bigint;
begin
  for t in select c.table_name from information_schema.columns c
           where c.table_schema = current_schema() and c.column_name = 'id' and c.is_identity = 'YES' loop
    execute format('select coalesce(max(id), 0) + 1 from %I', t.table_name) into top;
    execute format('alter table %I alter column id restart with %s', t.table_name, top);
  end loop;
end $$;
analyze;
