package org.practiceexchange.inquiry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** What people enter about an inquiry, in pages and through the API. */
final class InquiryForms {

	private InquiryForms() {
	}

	record Start(@NotBlank(message = "{inquiry.title.required}") @Size(max = 200, message = "{inquiry.title.size}") String title) {
	}

	record NewMeasure(
			@NotBlank(message = "{measure.name.required}") @Size(max = 200, message = "{measure.name.size}") String name,
			@NotBlank(message = "{measure.unit.required}") @Size(max = 50, message = "{measure.unit.size}") String unit,
			MeasureKind kind,
			BigDecimal scaleMin,
			BigDecimal scaleMax,
			@NotNull(message = "{measure.baseline.required}") BigDecimal baseline,
			@Size(max = 1000, message = "{measure.note.size}") String baselineNote,
			BetterWhen betterWhen) {

		NewMeasure {
			betterWhen = betterWhen == null ? BetterWhen.HIGHER : betterWhen;
		}

		NewMeasure(String name, String unit, MeasureKind kind, BigDecimal scaleMin, BigDecimal scaleMax,
				BigDecimal baseline, String baselineNote) {
			this(name, unit, kind, scaleMin, scaleMax, baseline, baselineNote, BetterWhen.HIGHER);
		}

		static NewMeasure empty() {
			return new NewMeasure("", "", MeasureKind.NUMBER, null, null, null, "", BetterWhen.HIGHER);
		}
	}

	record Reaudit(@NotNull(message = "{measure.reaudit.required}") BigDecimal reaudit,
			@Size(max = 1000, message = "{measure.note.size}") String reauditNote) {
	}

	/** A correction of a measure on its page: every part is sent, and those that differ are changed. */
	record Correction(
			@NotBlank(message = "{measure.name.required}") @Size(max = 200, message = "{measure.name.size}") String name,
			@NotBlank(message = "{measure.unit.required}") @Size(max = 50, message = "{measure.unit.size}") String unit,
			MeasureKind kind,
			BigDecimal scaleMin,
			BigDecimal scaleMax,
			@NotNull(message = "{measure.baseline.required}") BigDecimal baseline,
			@Size(max = 1000, message = "{measure.note.size}") String baselineNote,
			BetterWhen betterWhen) {

		static Correction of(MeasureView m) {
			return new Correction(m.name(), m.unit(), m.kind(), m.scaleMin(), m.scaleMax(), m.baseline(),
					m.baselineNote() == null ? "" : m.baselineNote(), m.betterWhen());
		}

		Measure.Correction correction() {
			return new Measure.Correction(name, unit, kind, scaleMin, scaleMax, baseline, baselineNote == null ? "" : baselineNote,
					betterWhen);
		}
	}

	/**
	 * The API's change to a measure: the re-audit value, or any parts to correct (those left out stay
	 * as they are), or both.
	 */
	record MeasureUpdate(
			@Pattern(regexp = "(?s).*\\S.*", message = "{measure.name.required}") @Size(max = 200, message = "{measure.name.size}") String name,
			@Pattern(regexp = "(?s).*\\S.*", message = "{measure.unit.required}") @Size(max = 50, message = "{measure.unit.size}") String unit,
			MeasureKind kind,
			BigDecimal scaleMin,
			BigDecimal scaleMax,
			BigDecimal baseline,
			@Size(max = 1000, message = "{measure.note.size}") String baselineNote,
			BetterWhen betterWhen,
			BigDecimal reaudit,
			@Size(max = 1000, message = "{measure.note.size}") String reauditNote) {

		Measure.Correction correction() {
			return new Measure.Correction(name, unit, kind, scaleMin, scaleMax, baseline, baselineNote, betterWhen);
		}
	}

	record Withdrawal(@Size(max = 1000, message = "{inquiry.withdraw.reason.size}") String reason) {
	}

	record Action(String what, String who, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			String successCriterion) {

		boolean blank() {
			return isBlank(what) && isBlank(who) && dueOn == null && isBlank(successCriterion);
		}

		boolean complete() {
			return !isBlank(what) && !isBlank(who) && dueOn != null && !isBlank(successCriterion);
		}

		private static boolean isBlank(String text) {
			return text == null || text.isBlank();
		}
	}

	/** The plan as a list of rows; blank rows are ignored, half-filled ones are refused. */
	record Plan(@Valid List<Action> actions) {

		Plan {
			actions = actions == null ? new ArrayList<>() : new ArrayList<>(actions);
		}
	}

	record Comment(@NotBlank(message = "{comment.body.required}") @Size(max = 2000, message = "{comment.body.size}") String body) {
	}

	record LogEntry(@NotNull(message = "{log.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate entryOn,
			@NotBlank(message = "{log.done.required}") @Size(max = 2000, message = "{log.size}") String done,
			@Size(max = 2000, message = "{log.size}") String observed) {
	}

	record Evaluation(
			@NotBlank(message = "{evaluation.whatChanged.required}") @Size(max = 4000, message = "{evaluation.size}") String whatChanged,
			@NotBlank(message = "{evaluation.contentLessons.required}") @Size(max = 4000, message = "{evaluation.size}") String contentLessons,
			@NotBlank(message = "{evaluation.processLessons.required}") @Size(max = 4000, message = "{evaluation.size}") String processLessons,
			@NotBlank(message = "{evaluation.implications.required}") @Size(max = 4000, message = "{evaluation.size}") String implications) {
	}
}
