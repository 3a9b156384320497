package org.practiceexchange.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** Something each practitioner in a project should have done by a date. */
@Entity
@Table(name = "milestone")
class Milestone {

	enum State {
		DONE, DUE, LATE
	}

	@Embeddable
	static class Done {

		private Long personId;

		private LocalDate doneOn;

		protected Done() {
		}

		Done(Long personId, LocalDate doneOn) {
			this.personId = personId;
			this.doneOn = doneOn;
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long projectId;

	private String title;

	private LocalDate dueOn;

	@ElementCollection
	@CollectionTable(name = "milestone_done", joinColumns = @JoinColumn(name = "milestone_id"))
	private List<Done> done = new ArrayList<>();

	protected Milestone() {
	}

	Milestone(Long projectId, String title, LocalDate dueOn) {
		this.projectId = projectId;
		this.title = title;
		this.dueOn = dueOn;
	}

	void markDone(Long personId, LocalDate today) {
		if (doneOn(personId).isEmpty()) {
			done.add(new Done(personId, today));
		}
	}

	void markNotDone(Long personId) {
		done.removeIf(entry -> entry.personId.equals(personId));
	}

	Optional<LocalDate> doneOn(Long personId) {
		return done.stream().filter(entry -> entry.personId.equals(personId)).map(entry -> entry.doneOn).findFirst();
	}

	/** Done, due (not yet past its date) or late, for one practitioner on a given day. */
	State stateFor(Long personId, LocalDate today) {
		if (doneOn(personId).isPresent()) {
			return State.DONE;
		}
		return today.isAfter(dueOn) ? State.LATE : State.DUE;
	}

	Long id() {
		return id;
	}

	Long projectId() {
		return projectId;
	}

	String title() {
		return title;
	}

	LocalDate dueOn() {
		return dueOn;
	}
}
