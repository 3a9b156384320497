package org.practiceexchange.resource;

import java.util.List;
import java.util.Map;

import org.practiceexchange.shared.privacy.DataSubject;
import org.practiceexchange.shared.privacy.PersonalData;
import org.practiceexchange.shared.privacy.PersonalRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The outputs a person proposed (with their files) and where they shared their learning, for their export. */
final class ResourcePersonalData {

	private ResourcePersonalData() {
	}

	@Component
	static class ProposedOutputs implements PersonalData {

		private final JdbcTemplate jdbc;

		ProposedOutputs(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String section() {
			return "outputs";
		}

		@Override
		public Object export(DataSubject person) {
			List<Map<String, Object>> outputs = PersonalRows.query(jdbc, """
					select id, title, summary, authors, type, licence, programme_name, project_id, report_id, status,
					       decision_note, proposed_at, published_at, updated_at, downloads
					from output where proposer_id = ? order by id""", person.id());
			return PersonalRows.nest(outputs, "files", PersonalRows.query(jdbc, """
					select f.output_id, f.original_name, f.media_type, f.size_bytes, f.uploaded_at, f.downloads
					from output_file f join output o on o.id = f.output_id where o.proposer_id = ? order by f.output_id, f.id""",
					person.id()), "outputId");
		}
	}

	@Component
	static class Cascade implements PersonalData {

		private final JdbcTemplate jdbc;

		Cascade(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String section() {
			return "cascade";
		}

		@Override
		public Object export(DataSubject person) {
			return PersonalRows.query(jdbc, """
					select id, shared_on, audience, mode, people_reached, output_id, programme_id, project_id, note, recorded_at
					from cascade_record where person_id = ? order by shared_on, id""", person.id());
		}
	}
}
