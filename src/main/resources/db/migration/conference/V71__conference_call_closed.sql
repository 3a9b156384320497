-- When the programme manager last closed the call for speakers (or published the timetable, which
-- closes it): a call closed before its closing date reads as closed, not as still being planned.
alter table conference_edition add column call_closed_at timestamp with time zone;
update conference_edition set call_closed_at = created_at where timetable_published = true;
