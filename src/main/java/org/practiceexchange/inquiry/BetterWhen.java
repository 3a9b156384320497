package org.practiceexchange.inquiry;

/** Which way a measure should move for the practitioner to call it an improvement. */
public enum BetterWhen {
	HIGHER, LOWER
}
