package org.practiceexchange.consultation;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * Horizontal bar charts drawn on the server as SVG, labelled with their numbers, so they need no
 * script. Each chart sits beside a table holding the same figures.
 */
final class SvgChart {

	private static final int ROW = 28;

	private static final int LABEL = 220;

	private static final int BAR = 360;

	private SvgChart() {
	}

	static String bars(String id, String title, List<AnalysisService.Count> counts) {
		long max = Math.max(1, counts.stream().mapToLong(AnalysisService.Count::count).max().orElse(1));
		int height = Math.max(1, counts.size()) * ROW + 10;
		int width = LABEL + BAR + 90;
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"px-chart\" role=\"img\" aria-labelledby=\"%s-title\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\">",
				id, width, height, width, height));
		svg.append("<title id=\"").append(id).append("-title\">").append(HtmlUtils.htmlEscape(title)).append("</title>");
		int y = 5;
		for (AnalysisService.Count count : counts) {
			int length = (int) Math.round((double) BAR * count.count() / max);
			svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"14\" fill=\"#0b0c0c\">%s</text>", y + 18,
					HtmlUtils.htmlEscape(abbreviate(count.label()))));
			svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"20\" fill=\"#134e4a\"/>", LABEL, y + 2,
					Math.max(length, 1)));
			svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"14\" fill=\"#0b0c0c\">%d</text>",
					LABEL + Math.max(length, 1) + 6, y + 18, count.count()));
			y += ROW;
		}
		return svg.append("</svg>").toString();
	}

	private static String abbreviate(String label) {
		return label.length() > 30 ? label.substring(0, 29) + "…" : label;
	}
}
