package org.practiceexchange.inquiry;

import java.math.BigDecimal;
import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.practiceexchange.shared.export.SvgChecks;

import static org.assertj.core.api.Assertions.assertThat;

class MeasureChartTests {

	static final MeasureView PERCENTAGE = new MeasureView(1L, "Estimates within 10%", "%", MeasureKind.PERCENTAGE, BigDecimal.ZERO,
			BigDecimal.valueOf(100), BigDecimal.valueOf(50), null, BigDecimal.valueOf(75), null, BigDecimal.valueOf(25),
			BigDecimal.valueOf(50), BetterWhen.HIGHER, true);

	static final MeasureView COUNT = new MeasureView(2L, "Re-measured cuts <per session>", "cuts", MeasureKind.COUNT, null, null,
			BigDecimal.valueOf(14), null, null, null, null, null, BetterWhen.LOWER, null);

	static final MeasureView LONG = new MeasureView(3L,
			"Pupils in the lowest attaining maths set who can explain their method for adding fractions with unlike denominators",
			"pupils out of 30", MeasureKind.NUMBER, null, null, BigDecimal.valueOf(6), null, BigDecimal.valueOf(4), null,
			BigDecimal.valueOf(-2), BigDecimal.valueOf(-33.3), BetterWhen.HIGHER, false);

	@Test
	void drawsOneSmallChartPerMeasureOnItsOwnScaleWithItsValuesInWords() {
		String svg = MeasureChart.svg(List.of(PERCENTAGE, COUNT), "Before and after");
		Element chart = SvgChecks.parse(svg);
		SvgChecks.readable(chart);
		assertThat(svg).startsWith("<svg").endsWith("</svg>").doesNotContain("<per");
		// 50 of a 0–100 range is half the 440px width; 75 three quarters; 14 of 14 (no range) fills it
		assertThat(chart.select("rect[fill=" + MeasureChart.BASELINE_COLOUR + "]").eachAttr("width")).containsExactly("220.0", "440.0");
		assertThat(chart.select("rect[fill=" + MeasureChart.REAUDIT_COLOUR + "]").eachAttr("width")).containsExactly("330.0");
		assertThat(SvgChecks.texts(chart)).containsSubsequence("Estimates within 10%", "↑ Higher is better", "Baseline: 50 %",
				"Re-audit: 75 % (better)", "0 %", "100 %", "Re-measured cuts <per session>", "↓ Lower is better", "Baseline: 14 cuts",
				"Re-audit: not recorded yet", "0 cuts", "14 cuts");
	}

	@Test
	void aLongNameWrapsOntoTwoLinesAndIsShortenedAfterThemWithoutLeavingTheChart() {
		Element chart = SvgChecks.parse(MeasureChart.svg(List.of(LONG), "Before and after"));
		SvgChecks.readable(chart);
		List<String> texts = SvgChecks.texts(chart);
		assertThat(texts.get(0)).startsWith("Pupils in the lowest attaining").doesNotEndWith("…");
		assertThat(texts.get(1)).endsWith("…");
		assertThat(texts.get(2)).isEqualTo("↑ Higher is better");
		assertThat(texts).contains("Re-audit: 4 pupils out of 30 (worse)");
	}

	@Test
	void itsAccessibleNameSaysWhatItShows() {
		Element chart = SvgChecks.parse(MeasureChart.svg(List.of(PERCENTAGE, COUNT), "Before and after chart of 2 measures"));
		assertThat(chart.attr("aria-label")).isEqualTo("Before and after chart of 2 measures. Estimates within 10%: baseline 50 %, "
				+ "re-audit 75 %; higher is better. Re-measured cuts <per session>: baseline 14 cuts, no re-audit yet; lower is better.");
	}
}
