package org.practiceexchange.conference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practiceexchange.shared.DomainRuleException;

/** One year's conference: where and when, its rooms and strands, the call for speakers and whether its timetable is out. */
@Entity
@Table(name = "conference_edition")
class Edition {

	enum Status {
		/** Set up, nothing open yet. */
		PLANNED,
		/** Taking applications to present. */
		CALL_OPEN,
		/** Call closed, programme being put together. */
		CALL_CLOSED,
		/** Timetable published, conference still to come or under way. */
		PROGRAMME_PUBLISHED,
		/** Over. */
		HELD
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "conference_year")
	private int year;

	private String title;

	private String summary;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private String venue;

	private boolean online;

	private int capacity;

	private boolean callOpens;

	private LocalDate callClosesOn;

	private boolean timetablePublished;

	/** When the call was last closed by hand or by publishing the timetable; cleared when it opens again. */
	private Instant callClosedAt;

	private Instant createdAt;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "edition_id", nullable = false)
	@OrderBy("name")
	private List<Room> rooms = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "edition_id", nullable = false)
	@OrderBy("name")
	private List<Strand> strands = new ArrayList<>();

	protected Edition() {
	}

	Edition(ConferenceForms.EditionForm form, Instant now) {
		this.createdAt = now;
		change(form);
	}

	void change(ConferenceForms.EditionForm form) {
		if (form.endsOn().isBefore(form.startsOn())) {
			throw new DomainRuleException("endsOn", "The last day cannot be before the first day");
		}
		if (form.startsOn().getYear() != form.yearNumber()) {
			throw new DomainRuleException("startsOn", "The first day must fall in " + form.yearNumber());
		}
		if (!form.online() && (form.venue() == null || form.venue().isBlank())) {
			throw new DomainRuleException("venue", "Enter the venue, or say the conference is online");
		}
		if (form.callClosesOn() != null && form.callClosesOn().isAfter(form.startsOn())) {
			throw new DomainRuleException("callClosesOn", "The call must close before the conference starts");
		}
		this.year = form.yearNumber();
		this.title = form.title().strip();
		this.summary = blankToNull(form.summary());
		this.startsOn = form.startsOn();
		this.endsOn = form.endsOn();
		this.venue = blankToNull(form.venue());
		this.online = form.online();
		this.capacity = form.places();
		this.callClosesOn = form.callClosesOn();
	}

	void openCall(LocalDate today) {
		if (timetablePublished) {
			throw new DomainRuleException(null, "The timetable is published: the call cannot open again");
		}
		if (callClosesOn == null || callClosesOn.isBefore(today)) {
			throw new DomainRuleException(null, "Set a closing date for the call that is today or later first");
		}
		callOpens = true;
		callClosedAt = null;
	}

	void closeCall(Instant now) {
		if (callOpens) {
			callClosedAt = now;
		}
		callOpens = false;
	}

	void publishTimetable(Instant now) {
		closeCall(now);
		timetablePublished = true;
	}

	void withdrawTimetable() {
		timetablePublished = false;
	}

	/** Open while the manager has it open, up to its closing date, and never once the timetable is published. */
	boolean callOpen(LocalDate today) {
		return !timetablePublished && callOpens && callClosesOn != null && !callClosesOn.isBefore(today);
	}

	Status status(LocalDate today) {
		if (endsOn.isBefore(today)) {
			return Status.HELD;
		}
		if (timetablePublished) {
			return Status.PROGRAMME_PUBLISHED;
		}
		if (callOpen(today)) {
			return Status.CALL_OPEN;
		}
		return callOpens || callClosedAt != null || callClosesOn != null && callClosesOn.isBefore(today) ? Status.CALL_CLOSED
				: Status.PLANNED;
	}

	/** Whether people may still register: not over yet. */
	boolean takesRegistrations(LocalDate today) {
		return !endsOn.isBefore(today);
	}

	Room addRoom(String name, int roomCapacity) {
		String clean = name.strip();
		if (rooms.stream().anyMatch(room -> room.name().equalsIgnoreCase(clean))) {
			throw new DomainRuleException("roomName", "There is already a room called " + clean);
		}
		Room room = new Room(clean, roomCapacity);
		rooms.add(room);
		return room;
	}

	Strand addStrand(String name) {
		String clean = name.strip();
		if (strands.stream().anyMatch(strand -> strand.name().equalsIgnoreCase(clean))) {
			throw new DomainRuleException("strandName", "There is already a strand called " + clean);
		}
		Strand strand = new Strand(clean);
		strands.add(strand);
		return strand;
	}

	boolean coversDay(LocalDate day) {
		return !day.isBefore(startsOn) && !day.isAfter(endsOn);
	}

	List<LocalDate> days() {
		return startsOn.datesUntil(endsOn.plusDays(1)).toList();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	Long id() {
		return id;
	}

	int year() {
		return year;
	}

	String title() {
		return title;
	}

	String summary() {
		return summary;
	}

	LocalDate startsOn() {
		return startsOn;
	}

	LocalDate endsOn() {
		return endsOn;
	}

	String venue() {
		return venue;
	}

	boolean online() {
		return online;
	}

	int capacity() {
		return capacity;
	}

	LocalDate callClosesOn() {
		return callClosesOn;
	}

	boolean timetablePublished() {
		return timetablePublished;
	}

	List<Room> rooms() {
		return List.copyOf(rooms);
	}

	List<Strand> strands() {
		return List.copyOf(strands);
	}
}
