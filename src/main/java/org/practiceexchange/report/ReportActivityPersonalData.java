package org.practiceexchange.report;

import java.util.LinkedHashMap;
import java.util.Map;

import org.practiceexchange.shared.privacy.DataSubject;
import org.practiceexchange.shared.privacy.PersonalData;
import org.practiceexchange.shared.privacy.PersonalRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a person did on other people's reports (a mentor's comments, a validator's sign-off), for
 * their subject access export; their own reports are in {@link ReportPersonalData}.
 */
@Component
class ReportActivityPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	ReportActivityPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "reportActivity";
	}

	@Override
	public Object export(DataSubject person) {
		long id = person.id();
		Map<String, Object> activity = new LinkedHashMap<>();
		activity.put("commentsWritten", PersonalRows.query(jdbc, """
				select c.report_id, c.position, c.version_number, c.body, c.created_at
				from report_comment c join report r on r.id = c.report_id
				where c.author_id = ? and r.author_id <> ? order by c.created_at, c.report_id, c.position""", id, id));
		activity.put("actions", PersonalRows.query(jdbc, """
				select e.report_id, e.position, e.action, e.version_number, e.detail, e.happened_at
				from report_event e join report r on r.id = e.report_id
				where e.person_id = ? and r.author_id <> ? order by e.happened_at, e.report_id, e.position""", id, id));
		return activity;
	}
}
