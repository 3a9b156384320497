package org.practiceexchange.inquiry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An inquiry as other modules see it: its measures with their change, the current action plan, the
 * evaluation (null until written), the intervention log, oldest first, and whether the practitioner
 * has withdrawn it.
 */
public record InquiryRecord(Long id, Long projectId, Long practitionerId, String title, Stage stage,
		List<MeasureResult> measures, List<PlannedAction> plan, Evaluation evaluation, List<LogLine> log, boolean withdrawn) {

	/** An inquiry with no log, not withdrawn. */
	public InquiryRecord(Long id, Long projectId, Long practitionerId, String title, Stage stage,
			List<MeasureResult> measures, List<PlannedAction> plan, Evaluation evaluation) {
		this(id, projectId, practitionerId, title, stage, measures, plan, evaluation, List.of(), false);
	}

	/** One entry of the intervention log: the day, what was done and what was observed (null when not written). */
	public record LogLine(LocalDate entryOn, String done, String observed) {
	}

	/**
	 * A measure at the audit and the re-audit; {@code reaudit}, {@code change} and {@code improved} are null before the
	 * re-audit. {@code scaleMin} and {@code scaleMax} bound a rating scale or percentage (null for other kinds).
	 */
	public record MeasureResult(String name, String unit, MeasureKind kind, BetterWhen betterWhen, BigDecimal baseline,
			BigDecimal reaudit, BigDecimal change, BigDecimal relativeChange, Boolean improved, BigDecimal scaleMin,
			BigDecimal scaleMax) {

		/** A measure without a bounded scale. */
		public MeasureResult(String name, String unit, MeasureKind kind, BetterWhen betterWhen, BigDecimal baseline,
				BigDecimal reaudit, BigDecimal change, BigDecimal relativeChange, Boolean improved) {
			this(name, unit, kind, betterWhen, baseline, reaudit, change, relativeChange, improved, null, null);
		}
	}

	public record PlannedAction(String what, String who, LocalDate dueOn, String successCriterion) {
	}

	/** What changed, the lessons about content and about process, and the implications for improvement. */
	public record Evaluation(String whatChanged, String contentLessons, String processLessons, String implications) {
	}

	public boolean complete() {
		return stage == Stage.COMPLETE;
	}
}
