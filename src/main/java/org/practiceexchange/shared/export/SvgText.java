package org.practiceexchange.shared.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Text for the charts the app draws as SVG, kept inside the chart: an SVG text does not wrap and
 * is cut at the edge, so a label is wrapped or shortened ahead of time by an estimate of its width.
 * The estimate is generous (DejaVu Sans, the PDF's font and one of the widest, averages under 0.6 em
 * a character; capitals and bold are wider), so a label that fits here fits in any sans-serif face.
 */
public final class SvgText {

	private SvgText() {
	}

	/** The width a text takes at a font size, at most: 0.62 em a character, 0.7 em in bold. */
	public static double width(String text, int fontSize, boolean bold) {
		return text.codePointCount(0, text.length()) * fontSize * (bold ? 0.7 : 0.62);
	}

	/** The text, or as much of it as fits the width followed by "…". */
	public static String fit(String text, double width, int fontSize, boolean bold) {
		if (width(text, fontSize, bold) <= width) {
			return text;
		}
		int keep = Math.max(1, (int) Math.floor(width / (fontSize * (bold ? 0.7 : 0.62))) - 1);
		return text.substring(0, text.offsetByCodePoints(0, Math.min(keep, text.codePointCount(0, text.length())))).strip()
				+ "…";
	}

	/**
	 * The text in lines that fit the width, broken between words, at most {@code maxLines} of them:
	 * what does not fit in those is shortened with "…" (a page shows the whole text beside the chart).
	 */
	public static List<String> wrap(String text, double width, int fontSize, boolean bold, int maxLines) {
		List<String> lines = new ArrayList<>();
		String line = "";
		String[] words = text.strip().split("\\s+");
		for (int i = 0; i < words.length; i++) {
			String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
			if (width(candidate, fontSize, bold) <= width || line.isEmpty()) {
				line = candidate;
				continue;
			}
			if (lines.size() == maxLines - 1) {
				lines.add(fit(line + " " + String.join(" ", List.of(words).subList(i, words.length)), width, fontSize, bold));
				return lines;
			}
			lines.add(fit(line, width, fontSize, bold));
			line = words[i];
		}
		lines.add(fit(line, width, fontSize, bold));
		return lines;
	}
}
