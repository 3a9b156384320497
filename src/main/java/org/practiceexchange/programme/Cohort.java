package org.practiceexchange.programme;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.practiceexchange.shared.DomainRuleException;

/** One run (wave) of a programme. */
@Entity
@Table(name = "cohort")
class Cohort {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private Programme programme;

	private String name;

	private LocalDate startsOn;

	private LocalDate endsOn;

	@Enumerated(EnumType.STRING)
	private CohortStatus status;

	private String schedule;

	private Integer capacity;

	protected Cohort() {
	}

	Cohort(Programme programme, CohortForm form) {
		this.programme = programme;
		this.status = CohortStatus.PLANNED;
		change(form);
	}

	void change(CohortForm form) {
		if (form.endsOn() != null && form.endsOn().isBefore(form.startsOn())) {
			throw new DomainRuleException("endsOn", "The end date cannot be before the start date");
		}
		this.name = form.name().strip();
		this.startsOn = form.startsOn();
		this.endsOn = form.endsOn();
		this.schedule = form.schedule() == null || form.schedule().isBlank() ? null : form.schedule().strip();
		this.capacity = form.places();
	}

	/** Starts taking applications; a closed programme's cohorts cannot. */
	void open() {
		if (programme.status() == ProgrammeStatus.CLOSED) {
			throw new DomainRuleException(null, "The programme is closed: relaunch it before opening a cohort");
		}
		status = CohortStatus.OPEN;
	}

	void start() {
		if (status == CohortStatus.CLOSED) {
			throw new DomainRuleException(null, "A closed cohort cannot start again");
		}
		status = CohortStatus.RUNNING;
	}

	void close() {
		status = CohortStatus.CLOSED;
	}

	void checkTakesApplications() {
		if (status != CohortStatus.OPEN || programme.status() == ProgrammeStatus.CLOSED) {
			throw new DomainRuleException(null, "This cohort is not taking applications");
		}
	}

	Long id() {
		return id;
	}

	Programme programme() {
		return programme;
	}

	LocalDate startsOn() {
		return startsOn;
	}

	CohortStatus status() {
		return status;
	}

	Integer capacity() {
		return capacity;
	}

	String name() {
		return name;
	}

	CohortSummary summary() {
		return new CohortSummary(id, programme.id(), name, startsOn, endsOn, status, schedule, capacity);
	}
}
