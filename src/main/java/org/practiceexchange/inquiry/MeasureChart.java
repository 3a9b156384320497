package org.practiceexchange.inquiry;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.practiceexchange.shared.export.SvgText;
import org.springframework.web.util.HtmlUtils;

/**
 * A before/after chart of an inquiry's measures, drawn on the server as SVG: one small chart per
 * measure, each on its own scale (its range, or nought to the larger value) with the ends of the
 * scale written under it in the measure's unit, because units differ. Every value is written out
 * in words beside its bar ("Baseline: 50 %"), and the direction of better is written under the
 * name ("↑ Higher is better"), so nothing rests on colour alone. Text is 16 units high and the SVG
 * is drawn at its own width (one unit a CSS pixel), so it is body size where there is room and
 * scales down on a narrow screen; a long name wraps onto a second line and is shortened after it,
 * the page's table giving it in full. The page puts the same figures in a table beside it.
 */
final class MeasureChart {

	static final String BASELINE_COLOUR = "#505a5f";

	static final String REAUDIT_COLOUR = "#134e4a";

	static final String TRACK_COLOUR = "#f3f2f1";

	static final String TEXT_COLOUR = "#0b0c0c";

	/** Fits a half-width GOV.UK column (465px) at its own size. */
	static final int WIDTH = 440;

	static final int FONT = 16;

	private static final int LINE = 22;

	private static final int BAR = 18;

	private static final int NAME_LINES = 2;

	private MeasureChart() {
	}

	static String svg(List<MeasureView> measures, String label) {
		StringBuilder body = new StringBuilder();
		int y = 0;
		for (MeasureView measure : measures) {
			y = panel(body, y, measure);
		}
		int height = Math.max(y - LINE, 1);
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"px-chart\" role=\"img\" width=\"" + WIDTH + "\" height=\""
				+ height + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\" aria-label=\"" + escape(description(measures, label))
				+ "\">" + body + "</svg>";
	}

	/** What the chart shows, in a sentence a screen reader or the PDF's alternative text reads out. */
	static String description(List<MeasureView> measures, String label) {
		StringBuilder text = new StringBuilder(label.strip());
		if (!text.toString().endsWith(".")) {
			text.append('.');
		}
		for (MeasureView m : measures) {
			text.append(' ').append(m.name()).append(": baseline ").append(withUnit(m.baselineText(), m.unit()));
			if (m.reaudit() != null) {
				text.append(", re-audit ").append(withUnit(m.reauditText(), m.unit()));
			}
			else {
				text.append(", no re-audit yet");
			}
			text.append("; ").append(m.betterWhen() == BetterWhen.LOWER ? "lower" : "higher").append(" is better.");
		}
		return text.toString();
	}

	/** One measure's chart from {@code top}; the top of the next. */
	private static int panel(StringBuilder svg, int top, MeasureView measure) {
		int y = top;
		for (String line : SvgText.wrap(measure.name(), WIDTH, FONT, true, NAME_LINES)) {
			y += LINE;
			text(svg, 0, y - 5, line, "start", true);
		}
		y += LINE;
		text(svg, 0, y - 5, measure.betterWhen() == BetterWhen.LOWER ? "↓ Lower is better" : "↑ Higher is better", "start", false);
		double low = low(measure);
		double high = high(measure, low);
		y = row(svg, y + 6, "Baseline: " + withUnit(measure.baselineText(), measure.unit()), measure.baseline(), low, high,
				BASELINE_COLOUR);
		String reaudit = measure.reaudit() == null ? "Re-audit: not recorded yet"
				: "Re-audit: " + withUnit(measure.reauditText(), measure.unit()) + verdict(measure);
		y = row(svg, y, reaudit, measure.reaudit(), low, high, REAUDIT_COLOUR);
		// the measure's own scale, its ends written in its unit
		svg.append("<line x1=\"0\" y1=\"").append(y).append("\" x2=\"").append(WIDTH).append("\" y2=\"").append(y)
			.append("\" stroke=\"").append(BASELINE_COLOUR).append("\" stroke-width=\"1\"/>");
		y += LINE;
		String from = withUnit(Measure.plain(BigDecimal.valueOf(low)), measure.unit());
		String to = withUnit(Measure.plain(BigDecimal.valueOf(high)), measure.unit());
		text(svg, 0, y - 4, SvgText.fit(from, WIDTH / 2 - 8, FONT, false), "start", false);
		text(svg, WIDTH, y - 4, SvgText.fit(to, WIDTH / 2 - 8, FONT, false), "end", false);
		return y + 2 * LINE;
	}

	private static int row(StringBuilder svg, int top, String label, BigDecimal value, double low, double high, String colour) {
		int y = top + LINE;
		text(svg, 0, y - 5, SvgText.fit(label, WIDTH, FONT, false), "start", false);
		if (value != null) {
			double share = Math.min(1, Math.max(0, (value.doubleValue() - low) / (high - low)));
			svg.append("<rect x=\"0\" y=\"").append(y).append("\" width=\"").append(WIDTH).append("\" height=\"").append(BAR)
				.append("\" fill=\"").append(TRACK_COLOUR).append("\"/>");
			svg.append("<rect x=\"0\" y=\"").append(y).append("\" width=\"").append(number(share * WIDTH)).append("\" height=\"")
				.append(BAR).append("\" fill=\"").append(colour).append("\"/>");
		}
		return y + BAR + 4;
	}

	private static String verdict(MeasureView measure) {
		if (measure.improved() == null) {
			return "";
		}
		if (measure.improved()) {
			return " (better)";
		}
		return measure.change() != null && measure.change().signum() == 0 ? " (no change)" : " (worse)";
	}

	/** The bottom of a measure's own scale: its range's if it has one, else nought or the lower value if below it. */
	static double low(MeasureView measure) {
		if (measure.scaleMin() != null) {
			return measure.scaleMin().doubleValue();
		}
		double low = Math.min(0, measure.baseline().doubleValue());
		return measure.reaudit() == null ? low : Math.min(low, measure.reaudit().doubleValue());
	}

	/** The top of a measure's own scale: its range's if it has one, else the larger of its two values. */
	static double high(MeasureView measure, double low) {
		double high;
		if (measure.scaleMax() != null) {
			high = measure.scaleMax().doubleValue();
		}
		else {
			high = measure.baseline().doubleValue();
			if (measure.reaudit() != null) {
				high = Math.max(high, measure.reaudit().doubleValue());
			}
		}
		return high > low ? high : low + 1;
	}

	static String withUnit(String value, String unit) {
		return unit == null || unit.isBlank() ? value : value + " " + unit;
	}

	private static void text(StringBuilder svg, double x, int y, String text, String anchor, boolean bold) {
		svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(y).append("\" font-size=\"").append(FONT)
			.append('"');
		if (!"start".equals(anchor)) {
			svg.append(" text-anchor=\"").append(anchor).append('"');
		}
		if (bold) {
			svg.append(" font-weight=\"bold\"");
		}
		svg.append(" fill=\"").append(TEXT_COLOUR).append("\">").append(escape(text)).append("</text>");
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}
}
