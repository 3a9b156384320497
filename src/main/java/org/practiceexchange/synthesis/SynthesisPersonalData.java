package org.practiceexchange.synthesis;

import org.practiceexchange.shared.privacy.DataSubject;
import org.practiceexchange.shared.privacy.PersonalData;
import org.practiceexchange.shared.privacy.PersonalRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Quotes from the person's inquiries that a synthesis asked to use, with the consent they gave or
 * refused and the text they agreed to, for their subject access export.
 */
@Component
class SynthesisPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	SynthesisPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "synthesisQuotes";
	}

	@Override
	public Object export(DataSubject person) {
		return PersonalRows.query(jdbc, """
				select q.id, q.synthesis_id, s.title as synthesis, q.inquiry_id, q.inquiry_title, q.lesson, q.quoted_text,
				       q.consent, q.requested_at, q.decided_at, q.consented_text
				from synthesis_quote q join synthesis s on s.id = q.synthesis_id
				where q.practitioner_id = ? order by q.id""", person.id());
	}
}
