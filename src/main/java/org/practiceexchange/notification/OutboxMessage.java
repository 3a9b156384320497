package org.practiceexchange.notification;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

	@Enumerated(EnumType.STRING)
	private NotificationKind kind;

	/** Waiting for the recipient's daily digest rather than going on its own. */
	private boolean heldForDigest;

	private Instant digestedAt;

	protected OutboxMessage() {
	}

	static OutboxMessage heldForDigest(String recipient, NotificationKind kind, String subject, String body, Instant now) {
		OutboxMessage message = new OutboxMessage(recipient, subject, body, now);
		message.kind = kind;
		message.heldForDigest = true;
		message.nextAttemptAt = null;
		return message;
	}

	static OutboxMessage of(String recipient, NotificationKind kind, String subject, String body, Instant now) {
		OutboxMessage message = new OutboxMessage(recipient, subject, body, now);
		message.kind = kind;
		return message;
	}

	void digested(Instant now) {
		digestedAt = now;
	}

	boolean createdAtBefore(Instant instant) {
		return createdAt.isBefore(instant);
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

	/** Not sent yet, and its next attempt is now or past (never again once it has been given up on). */
	boolean due(Instant now) {
		return sentAt == null && nextAttemptAt != null && !nextAttemptAt.isAfter(now);
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
