package org.practiceexchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.practiceexchange.account.SignedInPerson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit trail as tests read it: the rows of one record, oldest first, with upper-case column
 * names, and service calls made as if a person were signed in, so the row's actor is known.
 */
@Component
public class AuditRows {

	private final JdbcTemplate jdbc;

	AuditRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** ACTOR_ID, ACTION, BEFORE_VALUE, AFTER_VALUE of each row for this record. */
	public List<Map<String, Object>> of(String recordType, Long recordId) {
		return jdbc.queryForList("select actor_id, action, before_value, after_value from audit_event "
				+ "where record_type = ? and record_id = ? order by id", recordType, recordId).stream().map(row -> {
					Map<String, Object> upper = new LinkedHashMap<>();
					row.forEach((k, v) -> upper.put(k.toUpperCase(Locale.ROOT), v));
					return upper;
				}).toList();
	}

	/** Runs the work with this person signed in, as a request of theirs would. */
	public <T> T as(SignedInPerson person, Supplier<T> work) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext().setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	public void as(SignedInPerson person, Runnable work) {
		as(person, () -> {
			work.run();
			return null;
		});
	}
}
