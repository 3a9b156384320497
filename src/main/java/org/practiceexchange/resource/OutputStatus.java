package org.practiceexchange.resource;

public enum OutputStatus {
	/** Proposed by a practitioner or lead, waiting for approval: seen only by the proposer and approvers. */
	PROPOSED,
	/** Sent back to the proposer with a note. */
	RETURNED,
	/** Public: stable address, citation, in search and OAI-PMH. */
	PUBLISHED
}
