package org.practiceexchange.report;

/**
 * Estimates the A4 sides a report will fill, before its PDF is made: words at the PDF's type size,
 * the headings and paragraph gaps, the title block, the chart and the measures table. The page
 * count shown beside it comes from the real PDF.
 */
final class SideEstimate {

	/** Running text per side at 11 point on A4 with 2 cm margins. */
	static final double WORDS_PER_SIDE = 560;

	private SideEstimate() {
	}

	static ReportViews.Estimate of(Sections text, ReportKind kind, int measures) {
		int words = text.words(kind);
		double sides = 0.12; // title, author, project and status lines
		sides += words / WORDS_PER_SIDE;
		sides += Sections.namesFor(kind).size() * 0.035; // section headings
		sides += text.paragraphs(kind) * 0.012;
		if (measures > 0) {
			sides += 0.08 + measures * 0.075; // the chart: a heading, a legend and a pair of bars per measure
			sides += 0.06 + measures * 0.035; // the table: a caption, a header row and a row per measure
		}
		return new ReportViews.Estimate(Math.round(sides * 10) / 10.0, words, ReportViews.Guide.of(kind));
	}
}
