package org.practiceexchange.consultation;

/** One address has started more responses in the last hour than a real group of people would. */
class TooManyResponses extends RuntimeException {

	TooManyResponses() {
		super("Too many responses have been started from this address in the last hour. Try again later.");
	}
}
