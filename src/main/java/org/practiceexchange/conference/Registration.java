package org.practiceexchange.conference;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practiceexchange.shared.DomainRuleException;

/** Someone's place at an edition: registered, waiting for a place, or cancelled. */
@Entity
@Table(name = "conference_registration")
class Registration {

	enum Status {
		REGISTERED, WAITING, CANCELLED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long editionId;

	private Long personId;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant registeredAt;

	private Instant changedAt;

	@Version
	private long version;

	protected Registration() {
	}

	Registration(Long editionId, Long personId, boolean placeFree, Instant now) {
		this.editionId = editionId;
		this.personId = personId;
		this.status = placeFree ? Status.REGISTERED : Status.WAITING;
		this.registeredAt = now;
		this.changedAt = now;
	}

	void cancel(Instant now) {
		if (status == Status.CANCELLED) {
			throw new DomainRuleException(null, "This registration has already been cancelled");
		}
		status = Status.CANCELLED;
		changedAt = now;
	}

	/** Moves up from the waiting list into a place that has come free. */
	void promote(Instant now) {
		if (status != Status.WAITING) {
			throw new DomainRuleException(null, "Only someone on the waiting list can be given a place");
		}
		status = Status.REGISTERED;
		changedAt = now;
	}

	Long id() {
		return id;
	}

	Long editionId() {
		return editionId;
	}

	Long personId() {
		return personId;
	}

	Status status() {
		return status;
	}

	Instant registeredAt() {
		return registeredAt;
	}
}
