package org.practiceexchange.inquiry;

import java.util.List;

/**
 * The before/after chart of measures as other modules draw it (a report, its PDF): the same SVG
 * as the inquiry page's, one pair of bars per measure, each on its own scale. Pages that show it
 * put the figures in a table beside it.
 */
public final class MeasureCharts {

	private MeasureCharts() {
	}

	/** The chart as a standalone SVG element; {@code label} is its accessible name. */
	public static String svg(List<InquiryRecord.MeasureResult> measures, String label) {
		return MeasureChart.svg(measures.stream()
			.map(m -> new MeasureView(null, m.name(), m.unit() == null ? "" : m.unit(), m.kind(), m.scaleMin(), m.scaleMax(),
					m.baseline(), null, m.reaudit(), null, m.change(), m.relativeChange(), m.betterWhen(), m.improved()))
			.toList(), label);
	}
}
