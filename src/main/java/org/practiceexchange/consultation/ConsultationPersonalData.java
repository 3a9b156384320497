package org.practiceexchange.consultation;

import java.util.List;
import java.util.Map;

import org.practiceexchange.shared.privacy.DataSubject;
import org.practiceexchange.shared.privacy.PersonalData;
import org.practiceexchange.shared.privacy.PersonalRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Consultation responses the person gave while signed in (a response started signed in is linked
 * to the person; one started from an e-mailed link without signing in is not, and cannot be told
 * apart from anyone else's), each with its answers, drafts included.
 */
@Component
class ConsultationPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	ConsultationPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "consultationResponses";
	}

	@Override
	public Object export(DataSubject person) {
		List<Map<String, Object>> responses = PersonalRows.query(jdbc, """
				select r.id, r.consultation_id, c.title as consultation, r.email, r.respondent_role, r.organisation_type,
				       r.region, r.status, r.started_at, r.saved_at, r.submitted_at
				from consultation_response r join consultation c on c.id = r.consultation_id
				where r.person_id = ? order by r.id""", person.id());
		return PersonalRows.nest(responses, "answers", PersonalRows.query(jdbc, """
				select a.response_id, q.prompt as question, a.recommendation_id, a.aspect, a.choice, a.text_value
				from consultation_answer a join consultation_response r on r.id = a.response_id
				join consultation_question q on q.id = a.question_id
				where r.person_id = ? order by a.response_id, a.id""", person.id()), "responseId");
	}
}
