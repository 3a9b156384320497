package org.practiceexchange.inquiry;

/** What sort of value a measure takes. */
public enum MeasureKind {
	NUMBER, PERCENTAGE, COUNT, RATING_SCALE
}
