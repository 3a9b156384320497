-- Running totals of submitted answers, kept in the transaction that submits a response (a
-- submitted response never changes), so the analysis reads a few hundred rows whatever the number
-- of responses. Absent values are stored as '' / 0 so the key can be unique.
create table consultation_tally (
    consultation_id bigint not null references consultation (id),
    question_id bigint not null,
    recommendation_id bigint not null,
    aspect varchar(20) not null,
    respondent_role varchar(40) not null,
    organisation_type varchar(40) not null,
    region varchar(40) not null,
    choice smallint not null,
    answers bigint not null,
    constraint consultation_tally_key unique (consultation_id, question_id, recommendation_id, aspect, respondent_role,
        organisation_type, region, choice)
);

create table consultation_daily (
    consultation_id bigint not null references consultation (id),
    submitted_on date not null,
    responses bigint not null,
    constraint consultation_daily_key unique (consultation_id, submitted_on)
);

insert into consultation_tally (consultation_id, question_id, recommendation_id, aspect, respondent_role,
        organisation_type, region, choice, answers)
    select consultation_id, question_id, 0, '', coalesce(respondent_role, ''), coalesce(organisation_type, ''),
        coalesce(region, ''), choice, count(*)
    from consultation_answer
    where submitted = true and choice is not null and recommendation_id is null
    group by consultation_id, question_id, coalesce(respondent_role, ''), coalesce(organisation_type, ''),
        coalesce(region, ''), choice;

insert into consultation_tally (consultation_id, question_id, recommendation_id, aspect, respondent_role,
        organisation_type, region, choice, answers)
    select consultation_id, question_id, recommendation_id, aspect, '', '', '', choice, count(*)
    from consultation_answer
    where submitted = true and choice is not null and recommendation_id is not null
    group by consultation_id, question_id, recommendation_id, aspect, choice;

insert into consultation_daily (consultation_id, submitted_on, responses)
    select consultation_id, submitted_on, count(*)
    from consultation_response
    where status = 'SUBMITTED'
    group by consultation_id, submitted_on;

-- The aggregates now read the tallies; answers are read by question for the free-text list.
drop index consultation_answer_choice;
drop index consultation_answer_recommendation;
drop index consultation_answer_role;
drop index consultation_answer_type;
drop index consultation_answer_region;
create index consultation_answer_text on consultation_answer (consultation_id, question_id, id);
create index consultation_answer_latest on consultation_answer (consultation_id, id);
