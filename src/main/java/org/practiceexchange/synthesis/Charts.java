package org.practiceexchange.synthesis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.practiceexchange.inquiry.MeasureKind;
import org.practiceexchange.shared.export.SvgText;
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

	static final String TRACK = "#f3f2f1";

	static final String TEXT = "#0b0c0c";

	/** Fits a half-width GOV.UK column at its own size, one unit a CSS pixel. */
	static final int WIDTH = 440;

	static final int FONT = 16;

	private static final int LINE = 22;

	private static final int BAR = 18;

	private Charts() {
	}

	static Set of(SynthesisFigures figures, Map<MeasureKind, String> kindNames) {
		return new Set(improved(figures, kindNames), spread(figures, kindNames), release(figures));
	}

	/** One bar per kind on a scale of nought to all: the share of measures with a re-audit that improved. */
	static String improved(SynthesisFigures figures, Map<MeasureKind, String> kindNames) {
		StringBuilder body = new StringBuilder();
		StringBuilder alt = new StringBuilder("Measures that improved, by kind of measure.");
		int y = 0;
		for (var entry : figures.measures().entrySet()) {
			var measure = entry.getValue();
			String name = kindNames.get(entry.getKey());
			String value = measure.improved() + " of " + measure.total() + " improved";
			alt.append(' ').append(name).append(": ").append(value).append('.');
			y += LINE;
			text(body, 0, y - 5, SvgText.fit(name + ": " + value, WIDTH, FONT, false), "start");
			double share = measure.total() == 0 ? 0 : (double) measure.improved() / measure.total();
			body.append(rect(0, y, WIDTH, BAR, TRACK)).append(rect(0, y, share * WIDTH, BAR, DARK));
			y += BAR + 10;
		}
		y = axis(body, y - 6, "none", "all");
		return svg(y, alt.toString(), body);
	}

	/**
	 * One box plot per kind, each on its own scale because units differ, the ends of the scale
	 * written under it: whiskers from lowest to highest, the box from the lower to the upper
	 * quartile, a bar at the median, a line at nought; change is counted in the better direction,
	 * so right of the nought line is better, which the chart says in words.
	 */
	static String spread(SynthesisFigures figures, Map<MeasureKind, String> kindNames) {
		StringBuilder body = new StringBuilder();
		StringBuilder alt = new StringBuilder("Spread of change in the better direction, by kind of measure; a change above nought is an improvement.");
		int y = LINE;
		text(body, 0, y - 5, "Right of the 0 line is better →", "start");
		for (var entry : figures.measures().entrySet()) {
			String name = kindNames.get(entry.getKey());
			SynthesisFigures.Spread spread = entry.getValue().spread();
			y += LINE + 8;
			if (spread == null) {
				text(body, 0, y - 5, SvgText.fit(name + ": no re-audited measures", WIDTH, FONT, false), "start");
				alt.append(' ').append(name).append(": no re-audited measures.");
				continue;
			}
			text(body, 0, y - 5, SvgText.fit(name + ": median " + plain(spread.median()), WIDTH, FONT, false), "start");
			alt.append(' ').append(name).append(": from ").append(plain(spread.lowest())).append(" to ").append(plain(spread.highest()))
				.append(", median ").append(plain(spread.median())).append('.');
			double low = Math.min(0, spread.lowest().doubleValue());
			double high = Math.max(0, spread.highest().doubleValue());
			double range = high - low == 0 ? 1 : high - low;
			java.util.function.DoubleUnaryOperator x = v -> 1 + (v - low) / range * (WIDTH - 2);
			int top = y + 2;
			body.append(line(x.applyAsDouble(0), top - 2, x.applyAsDouble(0), top + 24, TEXT));
			body.append(line(x.applyAsDouble(spread.lowest().doubleValue()), top + 11, x.applyAsDouble(spread.highest().doubleValue()),
					top + 11, TEXT));
			double boxStart = x.applyAsDouble(spread.lowerQuartile().doubleValue());
			double boxEnd = x.applyAsDouble(spread.upperQuartile().doubleValue());
			body.append(rect(boxStart, top + 3, Math.max(1, boxEnd - boxStart), 16, LIGHT));
			double median = x.applyAsDouble(spread.median().doubleValue());
			body.append(rect(Math.max(0, median - 1.5), top, 3, 22, DARK));
			y = top + 26 + LINE;
			text(body, 0, y - 4, plain(BigDecimal.valueOf(low)), "start");
			text(body, WIDTH, y - 4, plain(BigDecimal.valueOf(high)), "end");
			double zero = x.applyAsDouble(0);
			if (zero > 40 && zero < WIDTH - 40) {
				text(body, zero, y - 4, "0", "middle");
			}
		}
		return svg(y + 6, alt.toString(), body);
	}

	/** Days committed and days used, on one scale. */
	static String release(SynthesisFigures figures) {
		BigDecimal committed = figures.releaseDays().committed();
		BigDecimal used = figures.releaseDays().used();
		double max = Math.max(1, Math.max(committed.doubleValue(), used.doubleValue()));
		StringBuilder body = new StringBuilder();
		List<Object[]> rows = List.of(new Object[] { "Committed", committed }, new Object[] { "Used", used });
		int y = 0;
		for (int i = 0; i < rows.size(); i++) {
			BigDecimal value = (BigDecimal) rows.get(i)[1];
			y += LINE;
			text(body, 0, y - 5, rows.get(i)[0] + ": " + plain(value) + " days", "start");
			body.append(rect(0, y, WIDTH, BAR, TRACK)).append(rect(0, y, value.doubleValue() / max * WIDTH, BAR, i == 0 ? LIGHT : DARK));
			y += BAR + 10;
		}
		y = axis(body, y - 6, "0 days", plain(BigDecimal.valueOf(max)) + " days");
		return svg(y, "Release days committed and used: " + plain(committed) + " days committed, " + plain(used) + " used.", body);
	}

	/** A scale's line and the words at its ends; the bottom of the chart. */
	private static int axis(StringBuilder svg, int y, String from, String to) {
		svg.append(line(0, y, WIDTH, y, TEXT));
		text(svg, 0, y + LINE - 4, from, "start");
		text(svg, WIDTH, y + LINE - 4, to, "end");
		return y + LINE + 2;
	}

	private static String svg(int height, String label, StringBuilder body) {
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"px-chart\" role=\"img\" width=\"" + WIDTH + "\" height=\""
				+ height + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\" aria-label=\"" + escape(label) + "\">" + body
				+ "</svg>";
	}

	private static void text(StringBuilder svg, double x, int y, String text, String anchor) {
		svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(y).append("\" font-size=\"").append(FONT).append('"');
		if (!"start".equals(anchor)) {
			svg.append(" text-anchor=\"").append(anchor).append('"');
		}
		svg.append(" fill=\"").append(TEXT).append("\">").append(escape(text)).append("</text>");
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
