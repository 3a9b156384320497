package org.practiceexchange.call;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.practiceexchange.shared.privacy.DataSubject;
import org.practiceexchange.shared.privacy.PersonalData;
import org.practiceexchange.shared.privacy.PersonalRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The call module's part of a person's subject access export: the proposals they lead, the
 * proposals that name them as a practitioner (by their e-mail address, since a proposal names
 * people who may have no account yet), and the reviews they were assigned, with their scores.
 */
@Component
class CallPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	CallPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "proposals";
	}

	@Override
	public Object export(DataSubject person) {
		long id = person.id();
		Map<String, Object> proposals = new LinkedHashMap<>();
		proposals.put("led", PersonalRows.query(jdbc, """
				select p.id, p.call_id, c.title as call, p.lead_organisation_id, p.title, p.aims, p.outcomes, p.status,
				       p.created_at, p.last_edited_at, p.decision, p.feedback, p.decision_released_at
				from proposal p join funding_call c on c.id = p.call_id
				where p.lead_person_id = ? order by p.id""", id));
		proposals.put("namedOn", person.email() == null ? List.of() : PersonalRows.query(jdbc, """
				select p.id as proposal_id, p.title, pp.name, pp.email, pp.organisation_id, pp.release_days
				from proposal_practitioner pp join proposal p on p.id = pp.proposal_id
				where lower(pp.email) = lower(?) order by p.id, pp.seq""", person.email()));
		List<Map<String, Object>> reviews = PersonalRows.query(jdbc, """
				select a.id, a.proposal_id, p.title as proposal, a.status, a.conflict_reason, a.recommendation,
				       a.overall_comment, a.assigned_at, a.submitted_at
				from review_assignment a join proposal p on p.id = a.proposal_id
				where a.reviewer_id = ? order by a.id""", id);
		proposals.put("reviews", PersonalRows.nest(reviews, "scores", PersonalRows.query(jdbc, """
				select s.assignment_id, s.seq, s.score, s.comment from review_score s
				join review_assignment a on a.id = s.assignment_id where a.reviewer_id = ? order by s.assignment_id, s.seq""",
				id), "assignmentId"));
		return proposals;
	}
}
