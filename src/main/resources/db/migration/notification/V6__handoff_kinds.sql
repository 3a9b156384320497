-- Places from a conference waiting list and decisions on talks used to be sent as DECISION
-- notifications; they now have kinds of their own. Whoever chose a digest or no e-mail for
-- decisions keeps that choice for the two new kinds until they change it.
insert into notification_preference (email, kind, delivery)
select email, 'CONFERENCE_PLACE', delivery from notification_preference p
where kind = 'DECISION'
  and not exists (select 1 from notification_preference q where q.email = p.email and q.kind = 'CONFERENCE_PLACE');
insert into notification_preference (email, kind, delivery)
select email, 'TALK_DECISION', delivery from notification_preference p
where kind = 'DECISION'
  and not exists (select 1 from notification_preference q where q.email = p.email and q.kind = 'TALK_DECISION');
