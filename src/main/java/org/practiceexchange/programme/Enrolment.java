package org.practiceexchange.programme;

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

/** A practitioner's application to join a cohort, and the manager's decision on it. */
@Entity
@Table(name = "enrolment")
class Enrolment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long cohortId;

	private Long personId;

	private Long organisationId;

	private String statement;

	@Enumerated(EnumType.STRING)
	private EnrolmentStatus status;

	private Instant appliedAt;

	private Instant decidedAt;

	private Long decidedBy;

	private String decisionNote;

	@Version
	private long version;

	protected Enrolment() {
	}

	Enrolment(Long cohortId, Long personId, Long organisationId, String statement, Instant now) {
		this.cohortId = cohortId;
		this.personId = personId;
		this.organisationId = organisationId;
		this.statement = statement.strip();
		this.status = EnrolmentStatus.PENDING;
		this.appliedAt = now;
	}

	void accept(Long managerId, String note, Instant now) {
		decide(EnrolmentStatus.ACCEPTED, managerId, note, now);
	}

	void decline(Long managerId, String note, Instant now) {
		decide(EnrolmentStatus.DECLINED, managerId, note, now);
	}

	void withdraw(Instant now) {
		if (status != EnrolmentStatus.PENDING) {
			throw new DomainRuleException(null, "Only an application still waiting for a decision can be withdrawn");
		}
		status = EnrolmentStatus.WITHDRAWN;
		decidedAt = now;
	}

	private void decide(EnrolmentStatus outcome, Long managerId, String note, Instant now) {
		if (status != EnrolmentStatus.PENDING) {
			throw new DomainRuleException(null, "This application has already been decided");
		}
		status = outcome;
		decidedBy = managerId;
		decisionNote = note == null || note.isBlank() ? null : note.strip();
		decidedAt = now;
	}

	Long id() {
		return id;
	}

	Long cohortId() {
		return cohortId;
	}

	Long personId() {
		return personId;
	}

	Long organisationId() {
		return organisationId;
	}

	String statement() {
		return statement;
	}

	EnrolmentStatus status() {
		return status;
	}

	Instant appliedAt() {
		return appliedAt;
	}

	Instant decidedAt() {
		return decidedAt;
	}

	String decisionNote() {
		return decisionNote;
	}
}
