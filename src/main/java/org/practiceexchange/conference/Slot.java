package org.practiceexchange.conference;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A place in the timetable: a talk, a plenary or a break, on a day, at times, perhaps in a room and a strand. */
@Entity
@Table(name = "conference_slot")
class Slot {

	enum Kind {
		TALK, PLENARY, BREAK
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long editionId;

	@Column(name = "held_on")
	private LocalDate day;

	private LocalTime startsAt;

	private LocalTime endsAt;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String title;

	private Long strandId;

	private Long roomId;

	private Long applicationId;

	private Integer capacity;

	protected Slot() {
	}

	Slot(Long editionId, LocalDate day, LocalTime startsAt, LocalTime endsAt, Kind kind, String title, Long strandId,
			Long roomId, Long applicationId, Integer capacity) {
		this.editionId = editionId;
		this.day = day;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.kind = kind;
		this.title = title;
		this.strandId = strandId;
		this.roomId = roomId;
		this.applicationId = applicationId;
		this.capacity = capacity;
	}

	/** Moves or changes the slot; the timetable's checks run on the changed slot before the change is kept. */
	void change(LocalDate day, LocalTime startsAt, LocalTime endsAt, Kind kind, String title, Long strandId, Long roomId,
			Long applicationId, Integer capacity) {
		this.day = day;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.kind = kind;
		this.title = title;
		this.strandId = strandId;
		this.roomId = roomId;
		this.applicationId = applicationId;
		this.capacity = capacity;
	}

	boolean overlaps(Slot other) {
		return day.equals(other.day) && startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
	}

	public Long id() {
		return id;
	}

	Long editionId() {
		return editionId;
	}

	public LocalDate day() {
		return day;
	}

	public LocalTime startsAt() {
		return startsAt;
	}

	public LocalTime endsAt() {
		return endsAt;
	}

	public Kind kind() {
		return kind;
	}

	public String title() {
		return title;
	}

	public Long strandId() {
		return strandId;
	}

	public Long roomId() {
		return roomId;
	}

	public Long applicationId() {
		return applicationId;
	}

	public Integer capacity() {
		return capacity;
	}
}
