package org.practiceexchange.inquiry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.practiceexchange.shared.DomainRuleException;

/** One thing the practitioner measures at the audit and again at the re-audit. */
@Entity
@Table(name = "inquiry_measure")
class Measure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private Inquiry inquiry;

	private String name;

	private String unit;

	@Enumerated(EnumType.STRING)
	private MeasureKind kind;

	@Enumerated(EnumType.STRING)
	private BetterWhen betterWhen;

	private BigDecimal scaleMin;

	private BigDecimal scaleMax;

	private BigDecimal baseline;

	private String baselineNote;

	private BigDecimal reaudit;

	private String reauditNote;

	private Instant createdAt;

	protected Measure() {
	}

	Measure(Inquiry inquiry, String name, String unit, MeasureKind kind, BigDecimal scaleMin, BigDecimal scaleMax,
			BigDecimal baseline, String baselineNote, BetterWhen betterWhen, Instant now) {
		this.inquiry = inquiry;
		this.name = name.strip();
		this.unit = unit.strip();
		this.kind = kind == null ? MeasureKind.NUMBER : kind;
		if (this.kind == MeasureKind.RATING_SCALE) {
			if (scaleMin == null || scaleMax == null || scaleMin.compareTo(scaleMax) >= 0) {
				throw new DomainRuleException("scaleMin", "A rating scale needs its range, lowest first (for example 1 to 5)");
			}
			this.scaleMin = scaleMin;
			this.scaleMax = scaleMax;
		}
		else if (this.kind == MeasureKind.PERCENTAGE) {
			this.scaleMin = BigDecimal.ZERO;
			this.scaleMax = BigDecimal.valueOf(100);
		}
		this.betterWhen = betterWhen == null ? BetterWhen.HIGHER : betterWhen;
		this.baseline = check("baseline", baseline);
		this.baselineNote = blankToNull(baselineNote);
		this.createdAt = now;
	}

	void recordReaudit(BigDecimal value, String note) {
		this.reaudit = check("reaudit", value);
		this.reauditNote = blankToNull(note);
	}

	private BigDecimal check(String field, BigDecimal value) {
		if (value == null) {
			throw new DomainRuleException(field, "Enter a value");
		}
		if (kind == MeasureKind.COUNT && (value.signum() < 0 || value.stripTrailingZeros().scale() > 0)) {
			throw new DomainRuleException(field, "A count is a whole number, nought or more");
		}
		if (scaleMin != null && (value.compareTo(scaleMin) < 0 || value.compareTo(scaleMax) > 0)) {
			throw new DomainRuleException(field, "Enter a value from " + plain(scaleMin) + " to " + plain(scaleMax));
		}
		return value;
	}

	boolean hasReaudit() {
		return reaudit != null;
	}

	/** Re-audit minus baseline, once both are known. */
	BigDecimal change() {
		return reaudit == null ? null : reaudit.subtract(baseline);
	}

	/** The change as a percentage of the baseline; none when the baseline is nought. */
	BigDecimal relativeChange() {
		if (reaudit == null || baseline.signum() == 0) {
			return null;
		}
		return change().multiply(BigDecimal.valueOf(100)).divide(baseline.abs(), 1, RoundingMode.HALF_UP);
	}

	/** Whether the re-audit moved the measure the way the practitioner wanted; empty before it. */
	java.util.Optional<Boolean> improved() {
		if (reaudit == null) {
			return java.util.Optional.empty();
		}
		int sign = reaudit.compareTo(baseline);
		return java.util.Optional.of(betterWhen == BetterWhen.LOWER ? sign < 0 : sign > 0);
	}

	Long id() {
		return id;
	}

	MeasureView view() {
		return new MeasureView(id, name, unit, kind, scaleMin, scaleMax, baseline, baselineNote, reaudit, reauditNote,
				change(), relativeChange(), betterWhen, improved().orElse(null));
	}

	static String plain(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
