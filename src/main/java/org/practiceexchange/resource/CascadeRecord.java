package org.practiceexchange.resource;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.practiceexchange.shared.DomainRuleException;

/** One time a participant shared their learning: when, with whom, how, how many, using which output. */
@Entity
@Table(name = "cascade_record")
class CascadeRecord {

	static final int MAX_REACHED = 100_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long personId;

	private LocalDate sharedOn;

	@Enumerated(EnumType.STRING)
	private Audience audience;

	@Enumerated(EnumType.STRING)
	private SharingMode mode;

	private int peopleReached;

	private Long outputId;

	private Long programmeId;

	private Long projectId;

	private String note;

	private Instant recordedAt;

	protected CascadeRecord() {
	}

	CascadeRecord(Long personId, LocalDate sharedOn, Audience audience, SharingMode mode, int peopleReached,
			Long outputId, Long programmeId, Long projectId, String note, LocalDate today, Instant now) {
		if (sharedOn.isAfter(today)) {
			throw new DomainRuleException("sharedOn", "The date cannot be in the future");
		}
		if (peopleReached < 1 || peopleReached > MAX_REACHED) {
			throw new DomainRuleException("peopleReached", "Enter how many people you reached, from 1 to 100,000");
		}
		this.personId = personId;
		this.sharedOn = sharedOn;
		this.audience = audience;
		this.mode = mode;
		this.peopleReached = peopleReached;
		this.outputId = outputId;
		this.programmeId = programmeId;
		this.projectId = projectId;
		this.note = note == null || note.isBlank() ? null : note.strip();
		this.recordedAt = now;
	}

	Long id() {
		return id;
	}

	Long personId() {
		return personId;
	}

	LocalDate sharedOn() {
		return sharedOn;
	}

	Audience audience() {
		return audience;
	}

	SharingMode mode() {
		return mode;
	}

	int peopleReached() {
		return peopleReached;
	}

	Long outputId() {
		return outputId;
	}

	Long programmeId() {
		return programmeId;
	}

	Long projectId() {
		return projectId;
	}

	String note() {
		return note;
	}
}
