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

	/** What a correction asks to change; a null part leaves that part as it is. */
	record Correction(String name, String unit, MeasureKind kind, BigDecimal scaleMin, BigDecimal scaleMax,
			BigDecimal baseline, String baselineNote, BetterWhen betterWhen) {

		boolean empty() {
			return name == null && unit == null && kind == null && scaleMin == null && scaleMax == null && baseline == null
					&& baselineNote == null && betterWhen == null;
		}
	}

	/** One field changed by a correction, as text people read. */
	record FieldChange(String field, String before, String after) {
	}

	/**
	 * Applies the correction after checking the whole result (the baseline must still fit the kind and
	 * scale); answers the fields that changed, in the order of the form.
	 */
	java.util.List<FieldChange> correct(Correction c) {
		String newName = c.name() == null ? name : c.name().strip();
		String newUnit = c.unit() == null ? unit : c.unit().strip();
		if (newName.isEmpty()) {
			throw new DomainRuleException("name", "Enter the name of the measure");
		}
		if (newUnit.isEmpty()) {
			throw new DomainRuleException("unit", "Enter the unit");
		}
		MeasureKind newKind = c.kind() == null ? kind : c.kind();
		BigDecimal newMin = null;
		BigDecimal newMax = null;
		if (newKind == MeasureKind.RATING_SCALE) {
			newMin = c.scaleMin() != null ? c.scaleMin() : scaleMin;
			newMax = c.scaleMax() != null ? c.scaleMax() : scaleMax;
			if (newMin == null || newMax == null || newMin.compareTo(newMax) >= 0) {
				throw new DomainRuleException("scaleMin", "A rating scale needs its range, lowest first (for example 1 to 5)");
			}
		}
		else if (newKind == MeasureKind.PERCENTAGE) {
			newMin = BigDecimal.ZERO;
			newMax = BigDecimal.valueOf(100);
		}
		BigDecimal newBaseline = c.baseline() == null ? baseline : c.baseline();
		String newNote = c.baselineNote() == null ? baselineNote : blankToNull(c.baselineNote());
		BetterWhen newBetter = c.betterWhen() == null ? betterWhen : c.betterWhen();
		java.util.List<FieldChange> changes = new java.util.ArrayList<>();
		String kindBefore = kindText(kind, scaleMin, scaleMax);
		String kindAfter = kindText(newKind, newMin, newMax);
		MeasureKind oldKind = kind;
		BigDecimal oldMin = scaleMin;
		BigDecimal oldMax = scaleMax;
		this.kind = newKind;
		this.scaleMin = newMin;
		this.scaleMax = newMax;
		try {
			check("baseline", newBaseline);
		}
		catch (DomainRuleException ex) {
			this.kind = oldKind;
			this.scaleMin = oldMin;
			this.scaleMax = oldMax;
			throw ex;
		}
		if (!newName.equals(name)) {
			changes.add(new FieldChange("name", name, newName));
		}
		if (!newUnit.equals(unit)) {
			changes.add(new FieldChange("unit", unit, newUnit));
		}
		if (!kindBefore.equals(kindAfter)) {
			changes.add(new FieldChange("kind", kindBefore, kindAfter));
		}
		if (newBaseline.compareTo(baseline) != 0) {
			changes.add(new FieldChange("baseline", plain(baseline), plain(newBaseline)));
		}
		if (!java.util.Objects.equals(newNote, baselineNote)) {
			changes.add(new FieldChange("baselineNote", baselineNote, newNote));
		}
		if (newBetter != betterWhen) {
			changes.add(new FieldChange("betterWhen", betterWhenText(betterWhen), betterWhenText(newBetter)));
		}
		this.name = newName;
		this.unit = newUnit;
		this.baseline = newBaseline;
		this.baselineNote = newNote;
		this.betterWhen = newBetter;
		return changes;
	}

	/** The measure in one line, as kept in the history when it is removed. */
	String summary() {
		return name + " (" + unit + "), " + kindText(kind, scaleMin, scaleMax) + ", baseline " + plain(baseline) + ", "
				+ betterWhenText(betterWhen);
	}

	static String kindText(MeasureKind kind, BigDecimal min, BigDecimal max) {
		return switch (kind) {
			case NUMBER -> "number";
			case PERCENTAGE -> "percentage";
			case COUNT -> "count";
			case RATING_SCALE -> "rating scale " + plain(min) + " to " + plain(max);
		};
	}

	static String betterWhenText(BetterWhen better) {
		return better == BetterWhen.LOWER ? "lower is better" : "higher is better";
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
