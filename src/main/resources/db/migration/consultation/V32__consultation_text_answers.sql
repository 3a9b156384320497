-- The free-text answers of submitted responses, listed apart from the choices: the manager's list,
-- its search and its pages read only these rows (one in forty of all answers in a typical
-- consultation) instead of walking every answer. Written in the transaction that submits a
-- response, like the tallies; a submitted response never changes, so the copy never goes stale.
create table consultation_text_answer (
    answer_id bigint primary key references consultation_answer (id),
    consultation_id bigint not null,
    question_id bigint not null,
    text_value varchar(4000) not null
);

-- Newest first is how the list reads. consultation_id copies the answer's own (whose foreign key
-- holds it); it has no foreign key here, because H2 would give that key a single-column index
-- that its planner then prefers to these, and sorts every answer of the consultation.
create index consultation_text_answer_latest on consultation_text_answer (consultation_id, answer_id desc);
create index consultation_text_answer_question on consultation_text_answer (consultation_id, question_id, answer_id desc);
create index consultation_answer_code_answer on consultation_answer_code (consultation_id, code, answer_id desc);

insert into consultation_text_answer (answer_id, consultation_id, question_id, text_value)
    select id, consultation_id, question_id, text_value
    from consultation_answer
    where submitted = true and text_value is not null;
