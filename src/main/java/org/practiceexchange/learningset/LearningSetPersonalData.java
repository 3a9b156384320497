package org.practiceexchange.learningset;

import java.util.LinkedHashMap;
import java.util.Map;

import org.practiceexchange.shared.privacy.DataSubject;
import org.practiceexchange.shared.privacy.PersonalData;
import org.practiceexchange.shared.privacy.PersonalRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Action learning set meetings where the person presented, and the actions they own, for their export. */
@Component
class LearningSetPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	LearningSetPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "learningSets";
	}

	@Override
	public Object export(DataSubject person) {
		Map<String, Object> sets = new LinkedHashMap<>();
		sets.put("meetingsPresented", PersonalRows.query(jdbc, """
				select id, project_id, held_on, topic_kind, presented, questions, perspectives, recorded_at from set_meeting
				where presenter_id = ? order by held_on, id""", person.id()));
		sets.put("actionsOwned", PersonalRows.query(jdbc, """
				select id, project_id, meeting_id, what, status, reviewed_at_meeting_id from set_action
				where owner_id = ? order by id""", person.id()));
		return sets;
	}
}
