package org.practiceexchange.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.practiceexchange.shared.privacy.DataSubject;
import org.practiceexchange.shared.privacy.PersonalData;
import org.practiceexchange.shared.privacy.PersonalRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The project module's parts of a person's subject access export: the projects, groups and action
 * learning sets they belong to (as a member, facilitator, mentor or validator), and the records kept
 * about them there (attendance, milestones, release time, support contacts).
 */
final class ProjectPersonalData {

	private ProjectPersonalData() {
	}

	@Component
	static class Memberships implements PersonalData {

		private final JdbcTemplate jdbc;

		Memberships(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String section() {
			return "memberships";
		}

		@Override
		public Object export(DataSubject person) {
			List<Map<String, Object>> memberships = new ArrayList<>();
			for (Map<String, Object> row : PersonalRows.query(jdbc, """
					select p.id as project_id, p.title, p.kind, p.status, m.organisation_id, m.focus
					from project_member m join project p on p.id = m.project_id
					where m.person_id = ? order by p.id""", person.id())) {
				Map<String, Object> membership = new LinkedHashMap<>(row);
				membership.put("role", "MEMBER");
				memberships.add(membership);
			}
			for (Map<String, Object> row : PersonalRows.query(jdbc, """
					select id as project_id, title, kind, status, facilitator_id, mentor_id, validator_id from project
					where facilitator_id = ? or mentor_id = ? or validator_id = ? order by id""", person.id(), person.id(),
					person.id())) {
				for (String role : List.of("facilitator", "mentor", "validator")) {
					Object id = row.get(role + "Id");
					if (id instanceof Number n && n.longValue() == person.id()) {
						Map<String, Object> membership = new LinkedHashMap<>();
						membership.put("projectId", row.get("projectId"));
						membership.put("title", row.get("title"));
						membership.put("kind", row.get("kind"));
						membership.put("status", row.get("status"));
						membership.put("role", role.toUpperCase(java.util.Locale.ROOT));
						memberships.add(membership);
					}
				}
			}
			memberships.sort(java.util.Comparator.comparing(m -> ((Number) Objects.requireNonNull(m.get("projectId"))).longValue()));
			return memberships;
		}
	}

	@Component
	static class Records implements PersonalData {

		private final JdbcTemplate jdbc;

		Records(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String section() {
			return "projectRecords";
		}

		@Override
		public Object export(DataSubject person) {
			long id = person.id();
			Map<String, Object> records = new LinkedHashMap<>();
			records.put("sessionsAttended", PersonalRows.query(jdbc, """
					select s.id as session_id, s.project_id, s.title, s.starts_at from session_attendance a
					join project_session s on s.id = a.session_id where a.person_id = ? order by s.starts_at""", id));
			records.put("milestonesDone", PersonalRows.query(jdbc, """
					select m.id as milestone_id, m.project_id, m.title, d.done_on from milestone_done d
					join milestone m on m.id = d.milestone_id where d.person_id = ? order by d.done_on""", id));
			List<Map<String, Object>> release = PersonalRows.query(jdbc, """
					select id, project_id, days_committed, reason_below_minimum, committed_at from release_commitment
					where person_id = ? order by id""", id);
			records.put("releaseTime", PersonalRows.nest(release, "used", PersonalRows.query(jdbc, """
					select u.commitment_id, u.used_on, u.days, u.note from release_use u
					join release_commitment c on c.id = u.commitment_id where c.person_id = ? order by u.commitment_id, u.position""",
					id), "commitmentId"));
			records.put("supportContacts", PersonalRows.query(jdbc, """
					select id, project_id, person_id, mentor_id, kind, contact_on, minutes, note, created_at from support_contact
					where person_id = ? or mentor_id = ? order by contact_on, id""", id, id));
			return records;
		}
	}
}
