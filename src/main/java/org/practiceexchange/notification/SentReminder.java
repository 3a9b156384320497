package org.practiceexchange.notification;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reminder already sent, so a second run on the same day sends nothing twice. */
@Entity
@Table(name = "sent_reminder")
class SentReminder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String reminderKey;

	private Instant sentAt;

	protected SentReminder() {
	}

	SentReminder(String reminderKey, Instant sentAt) {
		this.reminderKey = reminderKey;
		this.sentAt = sentAt;
	}
}
