package org.practiceexchange.notification;

import org.practiceexchange.shared.privacy.DataSubject;
import org.practiceexchange.shared.privacy.PersonalData;
import org.practiceexchange.shared.privacy.PersonalRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The e-mail kept in the outbox for the person's address: what was sent (or is waiting) and when,
 * for their export. The bodies are left out: they are the messages the person received, and some
 * carry sign-in or reset links that must not travel in a downloaded file.
 */
@Component
class MailPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	MailPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "emailsSent";
	}

	@Override
	public Object export(DataSubject person) {
		if (person.email() == null) {
			return java.util.List.of();
		}
		return PersonalRows.query(jdbc, """
				select id, recipient, kind, subject, created_at, sent_at, held_for_digest, digested_at from mail_outbox
				where lower(recipient) = lower(?) order by created_at, id""", person.email());
	}

	/** The mail is about other records (or is the verification itself): it never keeps a registration. */
	@Override
	public boolean holdsRecordsOf(DataSubject person) {
		return false;
	}
}
