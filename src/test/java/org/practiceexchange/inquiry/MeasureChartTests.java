package org.practiceexchange.inquiry;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MeasureChartTests {

	@Test
	void drawsBaselineAndReauditBarsOnEachMeasuresOwnScale() {
		MeasureView percentage = new MeasureView(1L, "Estimates within 10%", "%", MeasureKind.PERCENTAGE, BigDecimal.ZERO,
				BigDecimal.valueOf(100), BigDecimal.valueOf(50), null, BigDecimal.valueOf(75), null, BigDecimal.valueOf(25),
				BigDecimal.valueOf(50), BetterWhen.HIGHER, true);
		MeasureView count = new MeasureView(2L, "Re-measured cuts <per session>", "cuts", MeasureKind.COUNT, null, null,
				BigDecimal.valueOf(14), null, null, null, null, null, BetterWhen.LOWER, null);
		String svg = MeasureChart.svg(List.of(percentage, count), "Before and after");
		assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("role=\"img\"").contains("aria-label=\"Before and after\"");
		// 50 of 100 is half of the 360px bar space; 75 is three quarters; 14 of 14 fills it
		assertThat(svg).contains("width=\"180.0\"").contains("width=\"270.0\"").contains("width=\"360.0\"");
		assertThat(svg).contains(MeasureChart.BASELINE_COLOUR).contains(MeasureChart.REAUDIT_COLOUR);
		assertThat(svg).contains("Re-measured cuts &lt;per ses").doesNotContain("<per");
		assertThat(svg).contains("50 %").contains("75 %").contains("14 cuts");
	}
}
