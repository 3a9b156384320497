package org.practiceexchange.inquiry;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * A before/after chart of an inquiry's measures, drawn on the server as SVG: one pair of bars per
 * measure (baseline, then re-audit), each measure on its own scale since units differ. The page
 * puts the same figures in a table beside it.
 */
final class MeasureChart {

	static final String BASELINE_COLOUR = "#505a5f";

	static final String REAUDIT_COLOUR = "#134e4a";

	/** Room for the value after the longest bar, e.g. "6.2 questions out of 10". */
	private static final int WIDTH = 760;

	private static final int LABEL = 200;

	private static final int BAR_SPACE = 360;

	private static final int ROW = 64;

	private MeasureChart() {
	}

	static String svg(List<MeasureView> measures, String label) {
		int height = 40 + ROW * measures.size();
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"px-chart\" role=\"img\" viewBox=\"0 0 ")
			.append(WIDTH).append(' ').append(height).append("\" aria-label=\"").append(escape(label)).append("\">");
		legend(svg);
		for (int i = 0; i < measures.size(); i++) {
			MeasureView measure = measures.get(i);
			int top = 40 + i * ROW;
			double max = scaleOf(measure);
			svg.append("<text x=\"0\" y=\"").append(top + 26).append("\" font-size=\"13\" fill=\"#0b0c0c\">")
				.append(escape(shorten(measure.name()))).append("</text>");
			bar(svg, top + 4, measure.baseline(), max, BASELINE_COLOUR, measure.baselineText() + " " + measure.unit());
			if (measure.reaudit() != null) {
				bar(svg, top + 28, measure.reaudit(), max, REAUDIT_COLOUR, measure.reauditText() + " " + measure.unit());
			}
		}
		return svg.append("</svg>").toString();
	}

	private static void legend(StringBuilder svg) {
		svg.append("<rect x=\"").append(LABEL).append("\" y=\"8\" width=\"14\" height=\"14\" fill=\"").append(BASELINE_COLOUR).append("\"/>")
			.append("<text x=\"").append(LABEL + 20).append("\" y=\"20\" font-size=\"13\" fill=\"#0b0c0c\">Baseline</text>")
			.append("<rect x=\"").append(LABEL + 110).append("\" y=\"8\" width=\"14\" height=\"14\" fill=\"").append(REAUDIT_COLOUR).append("\"/>")
			.append("<text x=\"").append(LABEL + 130).append("\" y=\"20\" font-size=\"13\" fill=\"#0b0c0c\">Re-audit</text>");
	}

	private static void bar(StringBuilder svg, int y, BigDecimal value, double max, String colour, String text) {
		double width = max <= 0 ? 0 : Math.max(0, value.doubleValue()) / max * BAR_SPACE;
		svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"")
			.append(String.format(java.util.Locale.ROOT, "%.1f", width)).append("\" height=\"20\" fill=\"").append(colour).append("\"/>")
			.append("<text x=\"").append(String.format(java.util.Locale.ROOT, "%.1f", LABEL + width + 6)).append("\" y=\"")
			.append(y + 15).append("\" font-size=\"13\" fill=\"#0b0c0c\">").append(escape(text.strip())).append("</text>");
	}

	/** The top of a measure's own scale: its range if it has one, else the larger of its two values. */
	static double scaleOf(MeasureView measure) {
		if (measure.scaleMax() != null) {
			return measure.scaleMax().doubleValue();
		}
		double max = measure.baseline().doubleValue();
		if (measure.reaudit() != null) {
			max = Math.max(max, measure.reaudit().doubleValue());
		}
		return max;
	}

	private static String shorten(String name) {
		return name.length() > 28 ? name.substring(0, 27) + "…" : name;
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}
}
