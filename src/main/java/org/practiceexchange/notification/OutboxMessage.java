package org.practiceexchange.notification;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "mail_outbox")
class OutboxMessage {

	static final int MAX_ATTEMPTS = 8;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String recipient;

	private String subject;

	private String body;

	private Instant createdAt;

	private Instant nextAttemptAt;

	private Instant sentAt;

	private int attempts;

	private String lastError;

	protected OutboxMessage() {
	}

	OutboxMessage(String recipient, String subject, String body, Instant now) {
		this.recipient = recipient;
		this.subject = subject;
		this.body = body;
		this.createdAt = now;
		this.nextAttemptAt = now;
	}

	void sent(Instant now) {
		this.sentAt = now;
		this.attempts++;
		this.lastError = null;
	}

	/** Backs off exponentially: 30 s, 1 min, 2 min… and gives up after {@link #MAX_ATTEMPTS}. */
	void failed(String error, Instant now) {
		this.attempts++;
		this.lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
		this.nextAttemptAt = attempts >= MAX_ATTEMPTS ? null : now.plus(Duration.ofSeconds(30L << (attempts - 1)));
	}

	Long id() {
		return id;
	}

	String recipient() {
		return recipient;
	}

	String subject() {
		return subject;
	}

	String body() {
		return body;
	}

	Instant sentAt() {
		return sentAt;
	}

	int attempts() {
		return attempts;
	}
}
