package org.practiceexchange.synthesis;

/** Where a practitioner's consent to be quoted stands. */
enum Consent {
	REQUESTED, GIVEN, REFUSED
}
