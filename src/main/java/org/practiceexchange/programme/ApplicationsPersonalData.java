package org.practiceexchange.programme;

import org.practiceexchange.shared.privacy.DataSubject;
import org.practiceexchange.shared.privacy.PersonalData;
import org.practiceexchange.shared.privacy.PersonalRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A person's applications to join cohorts, with the decisions on them, for their subject access export. */
@Component
class ApplicationsPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	ApplicationsPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "applications";
	}

	@Override
	public Object export(DataSubject person) {
		return PersonalRows.query(jdbc, """
				select e.id, p.id as programme_id, p.name as programme, c.id as cohort_id, c.name as cohort,
				       e.organisation_id, e.statement, e.status, e.applied_at, e.decided_at, e.decision_note
				from enrolment e join cohort c on c.id = e.cohort_id join programme p on p.id = c.programme_id
				where e.person_id = ? order by e.applied_at, e.id""", person.id());
	}
}
