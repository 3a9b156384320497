package org.practiceexchange.account;

public enum PersonStatus {
	/** Registered, waiting for the e-mail link to be followed. */
	UNVERIFIED,
	/** Invited by a programme manager, has not yet chosen a password. */
	INVITED,
	ACTIVE,
	/** Can no longer sign in; the record and everything it is linked to stay. */
	DEACTIVATED,
	/**
	 * Anonymised at the person's request: name and e-mail replaced, password and links gone, can never
	 * sign in again. The id stays, so reports, outputs and counts that point at it stay whole.
	 */
	ERASED
}
