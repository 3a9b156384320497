package org.practiceexchange.consultation;

/** A response is a draft until its respondent submits it; then it never changes. */
enum ResponseStatus {
	DRAFT, SUBMITTED
}
