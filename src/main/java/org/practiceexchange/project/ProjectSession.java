package org.practiceexchange.project;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practiceexchange.shared.DomainRuleException;

/** A meeting of the project: a methodology day, a visit, a review, an evaluation. */
@Entity
@Table(name = "project_session")
class ProjectSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long projectId;

	@Enumerated(EnumType.STRING)
	private SessionKind kind;

	private String title;

	private Instant startsAt;

	private Instant endsAt;

	private String place;

	private String onlineLink;

	@ElementCollection
	@CollectionTable(name = "session_attendance", joinColumns = @JoinColumn(name = "session_id"))
	@Column(name = "person_id")
	private Set<Long> attended = new LinkedHashSet<>();

	@Version
	private long version;

	/** How many times the calendar-visible parts (time, title, place, link, kind) have changed. */
	@Column(name = "sequence_no")
	private int sequenceNo;

	/** When those parts were set or last changed; null for sessions from before this was kept. */
	private Instant changedAt;

	protected ProjectSession() {
	}

	ProjectSession(Long projectId, SessionKind kind, String title, Instant startsAt, Instant endsAt, String place,
			String onlineLink, Instant now) {
		this.projectId = projectId;
		set(kind, title, startsAt, endsAt, place, onlineLink);
		this.changedAt = now;
	}

	/** A change of time, title, place, link or kind counts once in the calendar's SEQUENCE; saving it unchanged does not. */
	void change(SessionKind kind, String title, Instant startsAt, Instant endsAt, String place, String onlineLink, Instant now) {
		List<Object> before = Arrays.asList(this.kind, this.title, this.startsAt, this.endsAt, this.place, this.onlineLink);
		set(kind, title, startsAt, endsAt, place, onlineLink);
		if (!before.equals(Arrays.asList(this.kind, this.title, this.startsAt, this.endsAt, this.place, this.onlineLink))) {
			sequenceNo++;
			changedAt = now;
		}
	}

	private void set(SessionKind kind, String title, Instant startsAt, Instant endsAt, String place, String onlineLink) {
		if (!endsAt.isAfter(startsAt)) {
			throw new DomainRuleException("endTime", "The session must end after it starts");
		}
		if ((place == null || place.isBlank()) && (onlineLink == null || onlineLink.isBlank())) {
			throw new DomainRuleException("place", "Give a place or an online link");
		}
		this.kind = kind;
		this.title = title.strip();
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.place = place == null || place.isBlank() ? null : place.strip();
		this.onlineLink = onlineLink == null || onlineLink.isBlank() ? null : onlineLink.strip();
	}

	int sequenceNo() {
		return sequenceNo;
	}

	Instant changedAt() {
		return changedAt;
	}

	/** The facilitator records who was there; only the project's members can be. */
	void recordAttendance(Set<Long> present, Set<Long> memberIds) {
		if (!memberIds.containsAll(present)) {
			throw new DomainRuleException("present", "Only the project's members can be marked present");
		}
		attended.clear();
		attended.addAll(present);
	}

	Long id() {
		return id;
	}

	Long projectId() {
		return projectId;
	}

	SessionKind kind() {
		return kind;
	}

	String title() {
		return title;
	}

	Instant startsAt() {
		return startsAt;
	}

	Instant endsAt() {
		return endsAt;
	}

	String place() {
		return place;
	}

	String onlineLink() {
		return onlineLink;
	}

	Set<Long> attended() {
		return attended;
	}
}
