package org.practiceexchange.synthesis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.practiceexchange.inquiry.MeasureKind;

/**
 * The figures of a synthesis, built from the records. Changes are oriented so that a positive
 * number is always a move the better way (a fall, for a measure where lower is better).
 */
record SynthesisFigures(Scope scope, Long scopeId, String name, int projects, int practitioners, int organisations,
		int regions, List<String> regionNames, int inquiries, int inquiriesCompleted,
		Map<MeasureKind, MeasureFigures> measures, ReleaseDayFigures releaseDays, OutputFigures outputs) {

	/**
	 * Measures of one kind that have a re-audit: how many improved, out of how many, and the median
	 * and spread of their change in the better direction, in each measure's own unit.
	 */
	record MeasureFigures(int improved, int total, BigDecimal medianChange, Spread spread) {
	}

	/** Five-number summary: lowest, lower quartile, median, upper quartile, highest. */
	record Spread(BigDecimal lowest, BigDecimal lowerQuartile, BigDecimal median, BigDecimal upperQuartile,
			BigDecimal highest) {
	}

	record ReleaseDayFigures(BigDecimal committed, BigDecimal used) {
	}

	/** Published outputs, the people they reached (cascade log) and the times they were shared. */
	record OutputFigures(int published, long reach, long timesShared) {
	}
}
