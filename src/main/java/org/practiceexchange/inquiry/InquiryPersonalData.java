package org.practiceexchange.inquiry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.practiceexchange.shared.privacy.DataSubject;
import org.practiceexchange.shared.privacy.PersonalData;
import org.practiceexchange.shared.privacy.PersonalRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The inquiry module's parts of a person's subject access export: their own inquiries with measures,
 * plan versions, log, evaluation, withdrawal and the history of changes to measures (one query per kind of record), and comments they wrote on
 * anyone's inquiry.
 */
final class InquiryPersonalData {

	private InquiryPersonalData() {
	}

	@Component
	static class Inquiries implements PersonalData {

		private final JdbcTemplate jdbc;

		Inquiries(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String section() {
			return "inquiries";
		}

		@Override
		public Object export(DataSubject person) {
			long id = person.id();
			List<Map<String, Object>> inquiries = PersonalRows.query(jdbc, """
					select id, project_id, title, stage, created_at, withdrawn_at, withdrawal_reason, what_changed, content_lessons, process_lessons, implications
					from inquiry where practitioner_id = ? order by id""", id);
			for (Map<String, Object> inquiry : inquiries) {
				Map<String, Object> evaluation = new LinkedHashMap<>();
				for (String part : List.of("whatChanged", "contentLessons", "processLessons", "implications")) {
					evaluation.put(part, inquiry.remove(part));
				}
				inquiry.put("evaluation", evaluation);
			}
			PersonalRows.nest(inquiries, "measures", PersonalRows.query(jdbc, """
					select m.id, m.inquiry_id, m.name, m.unit, m.kind, m.better_when, m.scale_min, m.scale_max, m.baseline,
					       m.baseline_note, m.reaudit, m.reaudit_note, m.created_at
					from inquiry_measure m join inquiry i on i.id = m.inquiry_id where i.practitioner_id = ? order by m.id""", id),
					"inquiryId");
			List<Map<String, Object>> plans = PersonalRows.query(jdbc, """
					select v.id, v.inquiry_id, v.number, v.created_at
					from plan_version v join inquiry i on i.id = v.inquiry_id where i.practitioner_id = ? order by v.inquiry_id, v.number""",
					id);
			PersonalRows.nest(plans, "actions", PersonalRows.query(jdbc, """
					select a.plan_version_id, a.position, a.what, a.who, a.due_on, a.success_criterion
					from plan_action a join plan_version v on v.id = a.plan_version_id join inquiry i on i.id = v.inquiry_id
					where i.practitioner_id = ? order by a.plan_version_id, a.position""", id), "planVersionId");
			PersonalRows.nest(inquiries, "plans", plans, "inquiryId");
			PersonalRows.nest(inquiries, "log", PersonalRows.query(jdbc, """
					select l.inquiry_id, l.position, l.entry_on, l.done, l.observed, l.created_at
					from inquiry_log l join inquiry i on i.id = l.inquiry_id where i.practitioner_id = ?
					order by l.inquiry_id, l.position""", id), "inquiryId");
			PersonalRows.nest(inquiries, "comments", PersonalRows.query(jdbc, """
					select c.inquiry_id, c.position, c.author_id, c.plan_version, c.body, c.created_at
					from inquiry_comment c join inquiry i on i.id = c.inquiry_id where i.practitioner_id = ?
					order by c.inquiry_id, c.position""", id), "inquiryId");
			PersonalRows.nest(inquiries, "measureChanges", PersonalRows.query(jdbc, """
					select c.inquiry_id, c.position, c.measure_id, c.measure_name, c.person_id, c.changed_at, c.field,
					       c.before_value, c.after_value
					from inquiry_measure_change c join inquiry i on i.id = c.inquiry_id where i.practitioner_id = ?
					order by c.inquiry_id, c.position""", id), "inquiryId");
			return inquiries;
		}
	}

	@Component
	static class CommentsWritten implements PersonalData {

		private final JdbcTemplate jdbc;

		CommentsWritten(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String section() {
			return "inquiryComments";
		}

		@Override
		public Object export(DataSubject person) {
			return PersonalRows.query(jdbc, """
					select inquiry_id, position, plan_version, body, created_at from inquiry_comment
					where author_id = ? order by created_at, inquiry_id, position""", person.id());
		}
	}
}
