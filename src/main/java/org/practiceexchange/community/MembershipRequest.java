package org.practiceexchange.community;

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

/** A practitioner's request to join a community, decided once by a moderator. */
@Entity
@Table(name = "community_membership_request")
class MembershipRequest {

	static final int MESSAGE_MAX = 1000;

	enum Status {
		PENDING, APPROVED, DECLINED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long communityId;

	private Long personId;

	private String message;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant requestedAt;

	private Long decidedBy;

	private Instant decidedAt;

	private String note;

	@Version
	private long version;

	protected MembershipRequest() {
	}

	MembershipRequest(Long communityId, Long personId, String message, Instant now) {
		this.communityId = communityId;
		this.personId = personId;
		this.message = Text.optional("message", message, MESSAGE_MAX);
		this.status = Status.PENDING;
		this.requestedAt = now;
	}

	void approve(Long moderatorId, Instant now) {
		decide(Status.APPROVED, moderatorId, null, now);
	}

	void decline(Long moderatorId, String note, Instant now) {
		decide(Status.DECLINED, moderatorId, Text.optional("note", note, MESSAGE_MAX), now);
	}

	private void decide(Status outcome, Long moderatorId, String note, Instant now) {
		if (status != Status.PENDING) {
			throw new DomainRuleException(null, "This request has already been decided");
		}
		this.status = outcome;
		this.decidedBy = moderatorId;
		this.decidedAt = now;
		this.note = note;
	}

	boolean pending() {
		return status == Status.PENDING;
	}

	Long id() {
		return id;
	}

	Long communityId() {
		return communityId;
	}

	Long personId() {
		return personId;
	}

	String message() {
		return message;
	}

	Status status() {
		return status;
	}

	Instant requestedAt() {
		return requestedAt;
	}

	String note() {
		return note;
	}
}
