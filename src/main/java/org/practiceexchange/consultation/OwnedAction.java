package org.practiceexchange.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.CollectionTable;
import org.practiceexchange.shared.DomainRuleException;

/** A recommendation turned into work someone owns, which the sector can follow after the consultation. */
@Entity
@Table(name = "consultation_action")
class OwnedAction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long consultationId;

	private Long recommendationId;

	private Long ownerOrganisationId;

	private String title;

	@Enumerated(EnumType.STRING)
	private ActionStatus status;

	private LocalDate dueOn;

	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "consultation_action_note", joinColumns = @JoinColumn(name = "action_id"))
	@OrderBy("writtenAt")
	private List<Note> notes = new ArrayList<>();

	@Version
	private long version;

	@Embeddable
	record Note(@Column(name = "note") String note, Instant writtenAt, Long writtenBy) {
	}

	protected OwnedAction() {
	}

	OwnedAction(Long consultationId, Long recommendationId, Long ownerOrganisationId, String title, LocalDate dueOn, Instant now) {
		this.consultationId = consultationId;
		this.recommendationId = recommendationId;
		this.ownerOrganisationId = ownerOrganisationId;
		this.title = title.strip();
		this.dueOn = dueOn;
		this.status = ActionStatus.PLANNED;
		this.createdAt = now;
	}

	/** Progress: a new status and a note saying what happened; notes are kept, never edited. */
	void progress(ActionStatus newStatus, String note, Long by, Instant now) {
		if (status == ActionStatus.DONE || status == ActionStatus.DROPPED) {
			throw new DomainRuleException(null, "This action is finished: its record stays as it is");
		}
		if (note == null || note.isBlank()) {
			throw new DomainRuleException("note", "Say what has happened");
		}
		this.status = newStatus;
		this.notes.add(new Note(note.strip(), now, by));
	}

	Long id() {
		return id;
	}

	Long consultationId() {
		return consultationId;
	}

	Long recommendationId() {
		return recommendationId;
	}

	Long ownerOrganisationId() {
		return ownerOrganisationId;
	}

	String title() {
		return title;
	}

	ActionStatus status() {
		return status;
	}

	LocalDate dueOn() {
		return dueOn;
	}

	List<Note> notes() {
		return notes;
	}
}
