package org.practiceexchange.project;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The secret in a person's own calendar feed address; resetting it stops the old address working. */
@Entity
@Table(name = "calendar_token")
class CalendarToken {

	private static final SecureRandom RANDOM = new SecureRandom();

	@Id
	private Long personId;

	private String token;

	private Instant createdAt;

	protected CalendarToken() {
	}

	CalendarToken(Long personId, Instant now) {
		this.personId = personId;
		reset(now);
	}

	void reset(Instant now) {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		this.token = HexFormat.of().formatHex(bytes);
		this.createdAt = now;
	}

	Long personId() {
		return personId;
	}

	String token() {
		return token;
	}
}
