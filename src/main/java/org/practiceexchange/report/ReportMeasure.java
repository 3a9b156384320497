package org.practiceexchange.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.practiceexchange.inquiry.BetterWhen;
import org.practiceexchange.inquiry.InquiryRecord;
import org.practiceexchange.inquiry.MeasureKind;

/**
 * One measure's figures as the report shows them, copied from the inquiry when the report starts,
 * so a signed-off report keeps the figures it was signed off with.
 */
@Embeddable
class ReportMeasure {

	private String name;

	private String unit;

	@Enumerated(EnumType.STRING)
	private MeasureKind kind;

	@Enumerated(EnumType.STRING)
	private BetterWhen betterWhen;

	private BigDecimal scaleMin;

	private BigDecimal scaleMax;

	private BigDecimal baseline;

	private BigDecimal reaudit;

	protected ReportMeasure() {
	}

	ReportMeasure(String name, String unit, MeasureKind kind, BetterWhen betterWhen, BigDecimal scaleMin,
			BigDecimal scaleMax, BigDecimal baseline, BigDecimal reaudit) {
		this.name = name;
		this.unit = unit;
		this.kind = kind;
		this.betterWhen = betterWhen == null ? BetterWhen.HIGHER : betterWhen;
		this.scaleMin = scaleMin;
		this.scaleMax = scaleMax;
		this.baseline = baseline;
		this.reaudit = reaudit;
	}

	static ReportMeasure of(InquiryRecord.MeasureResult m) {
		return new ReportMeasure(m.name(), m.unit(), m.kind(), m.betterWhen(), m.scaleMin(), m.scaleMax(), m.baseline(),
				m.reaudit());
	}

	ReportMeasure copy() {
		return new ReportMeasure(name, unit, kind, betterWhen, scaleMin, scaleMax, baseline, reaudit);
	}

	/** As the inquiry module's chart draws it. */
	InquiryRecord.MeasureResult result() {
		BigDecimal change = reaudit == null ? null : reaudit.subtract(baseline);
		BigDecimal relative = change == null || baseline.signum() == 0 ? null
				: change.multiply(BigDecimal.valueOf(100)).divide(baseline.abs(), 1, RoundingMode.HALF_UP);
		Boolean improved = reaudit == null ? null
				: betterWhen == BetterWhen.LOWER ? reaudit.compareTo(baseline) < 0 : reaudit.compareTo(baseline) > 0;
		return new InquiryRecord.MeasureResult(name, unit, kind, betterWhen, baseline, reaudit, change, relative, improved,
				scaleMin, scaleMax);
	}

	ReportViews.MeasureLine line() {
		InquiryRecord.MeasureResult r = result();
		return new ReportViews.MeasureLine(name, unit == null ? "" : unit, plain(baseline), plain(reaudit),
				r.change() == null ? "" : (r.change().signum() > 0 ? "+" : "") + plain(r.change()),
				r.relativeChange() == null ? "" : (r.relativeChange().signum() > 0 ? "+" : "") + plain(r.relativeChange()) + "%",
				r.improved());
	}

	/** "Name: before to after unit", once re-audited; null before. */
	String changed() {
		if (reaudit == null) {
			return null;
		}
		String u = unit == null || unit.isBlank() ? "" : " " + unit;
		return name + ": " + plain(baseline) + u + " to " + plain(reaudit) + u;
	}

	static String plain(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}
}
