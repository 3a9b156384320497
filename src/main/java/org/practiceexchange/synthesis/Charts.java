package org.practiceexchange.synthesis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.practiceexchange.inquiry.MeasureKind;
import org.springframework.web.util.HtmlUtils;

/**
 * The synthesis charts, drawn on the server as SVG with presentation attributes only (no styles or
 * scripts, for the CSP). Each page puts the same figures in a table beside its chart.
 */
final class Charts {

	/** SVG strings, already escaped: the share of measures improved, the spread of change, and release days. */
	record Set(String improved, String spread, String release) {
	}

	static final String DARK = "#134e4a";

	static final String LIGHT = "#b1b4b6";

	static final String TEXT = "#0b0c0c";

	private static final int WIDTH = 640;

	private static final int LABEL = 170;

	private static final int SPACE = 400;

	private static final int ROW = 40;

	private Charts() {
	}

	static Set of(SynthesisFigures figures, Map<MeasureKind, String> kindNames) {
		return new Set(improved(figures, kindNames), spread(figures, kindNames), release(figures));
	}

	/** One bar per kind: the share of measures with a re-audit that improved. */
	static String improved(SynthesisFigures figures, Map<MeasureKind, String> kindNames) {
		StringBuilder svg = open(figures.measures().size(), "Measures that improved, by kind of measure");
		int row = 0;
		for (var entry : figures.measures().entrySet()) {
			int top = 10 + row++ * ROW;
			var measure = entry.getValue();
			label(svg, top, kindNames.get(entry.getKey()));
			svg.append(rect(LABEL, top, SPACE, 22, LIGHT));
			double share = measure.total() == 0 ? 0 : (double) measure.improved() / measure.total();
			svg.append(rect(LABEL, top, share * SPACE, 22, DARK));
			text(svg, LABEL + SPACE + 8, top + 16, measure.improved() + " of " + measure.total());
		}
		return svg.append("</svg>").toString();
	}

	/**
	 * One box plot per kind, each on its own scale because units differ: whiskers from lowest to
	 * highest, the box from the lower to the upper quartile, a bar at the median, a line at nought.
	 */
	static String spread(SynthesisFigures figures, Map<MeasureKind, String> kindNames) {
		StringBuilder svg = open(figures.measures().size(), "Spread of change in the better direction, by kind of measure");
		int row = 0;
		for (var entry : figures.measures().entrySet()) {
			int top = 10 + row++ * ROW;
			label(svg, top, kindNames.get(entry.getKey()));
			SynthesisFigures.Spread spread = entry.getValue().spread();
			if (spread == null) {
				text(svg, LABEL, top + 16, "No re-audited measures");
				continue;
			}
			double low = Math.min(0, spread.lowest().doubleValue());
			double high = Math.max(0, spread.highest().doubleValue());
			double range = high - low == 0 ? 1 : high - low;
			int width = SPACE - 60;
			java.util.function.DoubleUnaryOperator x = v -> LABEL + (v - low) / range * width;
			svg.append(line(x.applyAsDouble(0), top - 2, x.applyAsDouble(0), top + 24, LIGHT));
			svg.append(line(x.applyAsDouble(spread.lowest().doubleValue()), top + 11, x.applyAsDouble(spread.highest().doubleValue()),
					top + 11, TEXT));
			double boxStart = x.applyAsDouble(spread.lowerQuartile().doubleValue());
			double boxEnd = x.applyAsDouble(spread.upperQuartile().doubleValue());
			svg.append(rect(boxStart, top + 3, Math.max(1, boxEnd - boxStart), 16, LIGHT));
			double median = x.applyAsDouble(spread.median().doubleValue());
			svg.append(rect(median - 1.5, top, 3, 22, DARK));
			text(svg, LABEL + width + 8, top + 16, "median " + plain(spread.median()));
		}
		return svg.append("</svg>").toString();
	}

	/** Days committed and days used, on one scale. */
	static String release(SynthesisFigures figures) {
		StringBuilder svg = open(2, "Release days committed and used");
		BigDecimal committed = figures.releaseDays().committed();
		BigDecimal used = figures.releaseDays().used();
		double max = Math.max(1, Math.max(committed.doubleValue(), used.doubleValue()));
		List<Object[]> rows = List.of(new Object[] { "Committed", committed }, new Object[] { "Used", used });
		for (int i = 0; i < rows.size(); i++) {
			int top = 10 + i * ROW;
			BigDecimal value = (BigDecimal) rows.get(i)[1];
			label(svg, top, (String) rows.get(i)[0]);
			double width = value.doubleValue() / max * SPACE;
			svg.append(rect(LABEL, top, width, 22, i == 0 ? LIGHT : DARK));
			text(svg, LABEL + width + 8, top + 16, plain(value) + " days");
		}
		return svg.append("</svg>").toString();
	}

	private static StringBuilder open(int rows, String label) {
		return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"px-chart\" role=\"img\" viewBox=\"0 0 ")
			.append(WIDTH).append(' ').append(20 + rows * ROW).append("\" aria-label=\"").append(escape(label)).append("\">");
	}

	private static void label(StringBuilder svg, int top, String text) {
		text(svg, 0, top + 16, text);
	}

	private static void text(StringBuilder svg, double x, int y, String text) {
		svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(y).append("\" font-size=\"13\" fill=\"")
			.append(TEXT).append("\">").append(escape(text)).append("</text>");
	}

	private static String rect(double x, double y, double width, double height, String colour) {
		return "<rect x=\"" + number(x) + "\" y=\"" + number(y) + "\" width=\"" + number(Math.max(0, width)) + "\" height=\""
				+ number(height) + "\" fill=\"" + colour + "\"/>";
	}

	private static String line(double x1, double y1, double x2, double y2, String colour) {
		return "<line x1=\"" + number(x1) + "\" y1=\"" + number(y1) + "\" x2=\"" + number(x2) + "\" y2=\"" + number(y2)
				+ "\" stroke=\"" + colour + "\" stroke-width=\"2\"/>";
	}

	static String plain(BigDecimal value) {
		return value == null ? "" : Statistics.tidy(value).toPlainString();
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
	}
}
