package org.practiceexchange.call;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change to a published call's deadline: kept for the call's history, never edited. */
@Entity
@Table(name = "call_change")
class CallChange {

	enum Kind {
		EXTENDED, CLOSED_EARLY
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long callId;

	private Instant changedAt;

	private Long changedBy;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private Instant closesBefore;

	private Instant closesAfter;

	private String reason;

	protected CallChange() {
	}

	CallChange(Long callId, Instant changedAt, Long changedBy, Kind kind, Instant closesBefore, Instant closesAfter,
			String reason) {
		this.callId = callId;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.kind = kind;
		this.closesBefore = closesBefore;
		this.closesAfter = closesAfter;
		this.reason = reason;
	}

	Long callId() { return callId; }

	Instant changedAt() { return changedAt; }

	Long changedBy() { return changedBy; }

	Kind kind() { return kind; }

	Instant closesBefore() { return closesBefore; }

	Instant closesAfter() { return closesAfter; }

	String reason() { return reason; }
}
