package org.practiceexchange.call;

/** Where a call stands, worked out from its dates and the clock. */
public enum CallStatus {
	DRAFT, UPCOMING, OPEN, CLOSED, DECIDED
}
