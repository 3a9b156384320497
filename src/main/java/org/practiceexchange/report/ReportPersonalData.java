package org.practiceexchange.report;

import java.util.List;
import java.util.Map;

import org.practiceexchange.shared.privacy.DataSubject;
import org.practiceexchange.shared.privacy.PersonalData;
import org.practiceexchange.shared.privacy.PersonalRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The reports a person wrote, each with its versions and comments, for their subject access export. */
@Component
class ReportPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	ReportPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "reports";
	}

	@Override
	public Object export(DataSubject person) {
		long id = person.id();
		List<Map<String, Object>> reports = PersonalRows.query(jdbc, """
				select id, kind, inquiry_id, project_id, status, signed_off_version, output_id, created_at from report
				where author_id = ? order by id""", id);
		PersonalRows.nest(reports, "versions", PersonalRows.query(jdbc, """
				select v.report_id, v.number, v.title, v.summary, v.nature, v.content_lessons, v.process_lessons,
				       v.implications, v.contributions, v.outcomes, v.pages, v.correction_reason, v.created_at, v.signed_off_at
				from report_version v join report r on r.id = v.report_id where r.author_id = ? order by v.report_id, v.number""",
				id), "reportId");
		PersonalRows.nest(reports, "comments", PersonalRows.query(jdbc, """
				select c.report_id, c.position, c.author_id, c.version_number, c.body, c.created_at
				from report_comment c join report r on r.id = c.report_id where r.author_id = ? order by c.report_id, c.position""",
				id), "reportId");
		return reports;
	}
}
