package org.practiceexchange.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One person's choice for one kind of notification. No row means {@link Delivery#IMMEDIATELY}. */
@Entity
@Table(name = "notification_preference")
class NotificationPreference {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	@Enumerated(EnumType.STRING)
	private NotificationKind kind;

	@Enumerated(EnumType.STRING)
	private Delivery delivery;

	protected NotificationPreference() {
	}

	NotificationPreference(String email, NotificationKind kind, Delivery delivery) {
		this.email = email;
		this.kind = kind;
		this.delivery = delivery;
	}

	void change(Delivery delivery) {
		this.delivery = delivery;
	}

	NotificationKind kind() {
		return kind;
	}

	Delivery delivery() {
		return delivery;
	}
}
