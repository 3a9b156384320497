package org.practiceexchange.consultation;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A consultation's matrix import and its state changes each leave a row in the audit trail. */
@IntegrationTest
class ConsultationAuditTests {

	@Autowired
	ConsultationFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theImportTheOpeningAndTheClosingAreAudited() {
		Long id = fixtures.aClosedConsultation();

		List<String> actions = jdbc.queryForList("select action from audit_event where record_type = 'Consultation' "
				+ "and record_id = ? order by id", String.class, id);
		assertThat(actions).containsExactly("CONSULTATION_MATRIX_IMPORTED", "CONSULTATION_OPENED", "CONSULTATION_CLOSED");
		assertThat(jdbc.queryForObject("select after_value from audit_event where record_type = 'Consultation' "
				+ "and record_id = ? and action = 'CONSULTATION_MATRIX_IMPORTED'", String.class, id))
			.containsPattern("^\\d+ recommendations; \\d+ categories$");
	}
}
