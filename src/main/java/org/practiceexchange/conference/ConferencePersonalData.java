package org.practiceexchange.conference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.practiceexchange.shared.privacy.DataSubject;
import org.practiceexchange.shared.privacy.PersonalData;
import org.practiceexchange.shared.privacy.PersonalRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The conference module's part of a person's subject access export: their applications to present
 * (with the themes they chose), their registrations, and the scores they gave as a reviewer.
 */
@Component
class ConferencePersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	ConferencePersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "conference";
	}

	@Override
	public Object export(DataSubject person) {
		long id = person.id();
		Map<String, Object> conference = new LinkedHashMap<>();
		List<Map<String, Object>> applications = PersonalRows.query(jdbc, """
				select a.id, a.edition_id, e.title as conference, a.title, a.summary, a.measures_changed, a.inquiry_id,
				       a.project_id, a.report_id, a.output_id, a.status, a.submitted_at, a.decided_at
				from conference_application a join conference_edition e on e.id = a.edition_id
				where a.applicant_id = ? order by a.id""", id);
		conference.put("applications", PersonalRows.nest(applications, "themeIds", PersonalRows.query(jdbc, """
				select t.application_id, t.theme_id from conference_application_theme t
				join conference_application a on a.id = t.application_id where a.applicant_id = ?
				order by t.application_id, t.theme_id""", id), "applicationId"));
		conference.put("registrations", PersonalRows.query(jdbc, """
				select r.id, r.edition_id, e.title as conference, r.status, r.registered_at, r.changed_at
				from conference_registration r join conference_edition e on e.id = r.edition_id
				where r.person_id = ? order by r.id""", id));
		conference.put("scoresGiven", PersonalRows.query(jdbc, """
				select s.id, s.application_id, s.score, s.comments, s.scored_at from conference_score s
				where s.reviewer_id = ? order by s.id""", id));
		return conference;
	}
}
