package org.practiceexchange.inquiry;

import java.math.BigDecimal;

/** A measure with its change, as pages and the API show it. */
record MeasureView(Long id, String name, String unit, MeasureKind kind, BigDecimal scaleMin, BigDecimal scaleMax,
		BigDecimal baseline, String baselineNote, BigDecimal reaudit, String reauditNote, BigDecimal change,
		BigDecimal relativeChange, BetterWhen betterWhen, Boolean improved) {

	public String baselineText() {
		return Measure.plain(baseline);
	}

	public String reauditText() {
		return Measure.plain(reaudit);
	}

	public String changeText() {
		if (change == null) {
			return "";
		}
		return (change.signum() > 0 ? "+" : "") + Measure.plain(change);
	}

	public String relativeText() {
		if (relativeChange == null) {
			return "";
		}
		return (relativeChange.signum() > 0 ? "+" : "") + Measure.plain(relativeChange) + "%";
	}
}
