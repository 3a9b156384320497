package org.practiceexchange.inquiry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;

/**
 * One practitioner's action-research inquiry. Moving from stage to stage is checked here: no plan
 * without a baseline measure, no intervention (and so no re-audit) until the plan has actions, no
 * re-audit value before the re-audit stage, no evaluation until every measure has its re-audit
 * value, no completion without the evaluation. Each refusal says what is missing.
 */
@Entity
@Table(name = "inquiry")
class Inquiry {

	@Embeddable
	static class Comment {

		private Long authorId;

		private Integer planVersion;

		private String body;

		private Instant createdAt;

		protected Comment() {
		}

		Comment(Long authorId, Integer planVersion, String body, Instant createdAt) {
			this.authorId = authorId;
			this.planVersion = planVersion;
			this.body = body;
			this.createdAt = createdAt;
		}

		Long authorId() {
			return authorId;
		}

		Integer planVersion() {
			return planVersion;
		}

		String body() {
			return body;
		}

		Instant createdAt() {
			return createdAt;
		}
	}

	@Embeddable
	static class LogEntry {

		private LocalDate entryOn;

		private String done;

		private String observed;

		private Instant createdAt;

		protected LogEntry() {
		}

		LogEntry(LocalDate entryOn, String done, String observed, Instant createdAt) {
			this.entryOn = entryOn;
			this.done = done;
			this.observed = observed;
			this.createdAt = createdAt;
		}

		LocalDate entryOn() {
			return entryOn;
		}

		String done() {
			return done;
		}

		String observed() {
			return observed;
		}
	}

	/** One correction or removal of a measure: who made it, when, which field, and the value before and after. */
	@Embeddable
	static class MeasureChange {

		private Long measureId;

		private String measureName;

		private Long personId;

		private Instant changedAt;

		private String field;

		private String beforeValue;

		private String afterValue;

		protected MeasureChange() {
		}

		MeasureChange(Long measureId, String measureName, Long personId, Instant changedAt, String field, String beforeValue,
				String afterValue) {
			this.measureId = measureId;
			this.measureName = measureName;
			this.personId = personId;
			this.changedAt = changedAt;
			this.field = field;
			this.beforeValue = beforeValue;
			this.afterValue = afterValue;
		}

		Long measureId() {
			return measureId;
		}

		String measureName() {
			return measureName;
		}

		Long personId() {
			return personId;
		}

		Instant changedAt() {
			return changedAt;
		}

		String field() {
			return field;
		}

		String beforeValue() {
			return beforeValue;
		}

		String afterValue() {
			return afterValue;
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long projectId;

	private Long practitionerId;

	private String title;

	@Enumerated(EnumType.STRING)
	private Stage stage;

	private String whatChanged;

	private String contentLessons;

	private String processLessons;

	private String implications;

	private Instant createdAt;

	private Instant withdrawnAt;

	private String withdrawalReason;

	@OneToMany(mappedBy = "inquiry", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<Measure> measures = new ArrayList<>();

	@OneToMany(mappedBy = "inquiry", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("number")
	private List<PlanVersion> plans = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "inquiry_comment", joinColumns = @JoinColumn(name = "inquiry_id"))
	@OrderColumn(name = "position")
	private List<Comment> comments = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "inquiry_log", joinColumns = @JoinColumn(name = "inquiry_id"))
	@OrderColumn(name = "position")
	private List<LogEntry> log = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "inquiry_measure_change", joinColumns = @JoinColumn(name = "inquiry_id"))
	@OrderColumn(name = "position")
	private List<MeasureChange> measureChanges = new ArrayList<>();

	@Version
	private long version;

	protected Inquiry() {
	}

	Inquiry(Long projectId, Long practitionerId, String title, Instant now) {
		this.projectId = projectId;
		this.practitionerId = practitionerId;
		this.title = title.strip();
		this.stage = Stage.AUDIT;
		this.createdAt = now;
	}

	Measure addMeasure(String name, String unit, MeasureKind kind, BigDecimal scaleMin, BigDecimal scaleMax,
			BigDecimal baseline, String baselineNote, BetterWhen betterWhen, Instant now) {
		checkOpen();
		if (stage.compareTo(Stage.INTERVENE) > 0) {
			throw new DomainRuleException("name", "Measures are set at the audit and plan stages, so the re-audit uses the same ones");
		}
		Measure measure = new Measure(this, name, unit, kind, scaleMin, scaleMax, baseline, baselineNote, betterWhen, now);
		measures.add(measure);
		return measure;
	}

	Measure recordReaudit(Long measureId, BigDecimal value, String note) {
		checkOpen();
		Measure measure = measure(measureId);
		if (stage.compareTo(Stage.REAUDIT) < 0) {
			throw new DomainRuleException("reaudit", reauditNotYet(stage));
		}
		measure.recordReaudit(value, note);
		return measure;
	}

	/**
	 * Corrects a measure until its re-audit value is recorded; each field that changes is kept in the
	 * history with its value before and after. Nothing is kept when nothing changes.
	 */
	List<MeasureChange> correctMeasure(Long measureId, Measure.Correction correction, Long personId, Instant now) {
		checkOpen();
		Measure measure = measure(measureId);
		if (measure.hasReaudit()) {
			throw new DomainRuleException("name", "This measure has its re-audit value, so it is kept as it was measured: "
					+ "a correction now would change what the re-audit is compared with");
		}
		List<MeasureChange> changes = new ArrayList<>();
		String nameBefore = measure.view().name();
		measure.correct(correction).forEach(change -> changes.add(new MeasureChange(measureId, nameBefore, personId, now,
				change.field(), change.before(), change.after())));
		measureChanges.addAll(changes);
		return changes;
	}

	/** Removes a measure at the audit or plan stage, before the intervention it is there to judge; the removal is kept in the history. */
	MeasureChange removeMeasure(Long measureId, Long personId, Instant now) {
		checkOpen();
		Measure measure = measure(measureId);
		if (stage.compareTo(Stage.PLAN) > 0) {
			throw new DomainRuleException("measure", "Measures can be removed only at the audit and plan stages; this inquiry is at "
					+ StageNames.name(stage) + ", so the measure stays to be re-audited (you can still correct it until then)");
		}
		if (stage == Stage.PLAN && measures.size() == 1) {
			throw new DomainRuleException("measure", "This is the inquiry's only measure, and the plan rests on at least one: "
					+ "add the measure that replaces it first, then remove this one");
		}
		MeasureChange removal = new MeasureChange(measureId, measure.view().name(), personId, now, "removed", measure.summary(), null);
		measures.remove(measure);
		measureChanges.add(removal);
		return removal;
	}

	/** The practitioner withdraws the inquiry: it is kept as it is, read-only, and left out of counts and syntheses. */
	void withdraw(String reason, Instant now) {
		if (withdrawnAt != null) {
			throw new DomainRuleException("reason", "This inquiry has already been withdrawn");
		}
		if (stage == Stage.COMPLETE) {
			throw new DomainRuleException("reason", "A completed inquiry is kept as it is: its report and any outputs rest on it");
		}
		this.withdrawnAt = now;
		this.withdrawalReason = reason == null || reason.isBlank() ? null : reason.strip();
	}

	boolean withdrawn() {
		return withdrawnAt != null;
	}

	Instant withdrawnAt() {
		return withdrawnAt;
	}

	String withdrawalReason() {
		return withdrawalReason;
	}

	List<MeasureChange> measureChanges() {
		return measureChanges;
	}

	static String reauditNotYet(Stage stage) {
		return "The re-audit value is recorded at the re-audit stage, once the intervention has run, so it can be compared "
				+ "with the baseline; this inquiry is still at " + StageNames.name(stage);
	}

	Measure measure(Long measureId) {
		return measures.stream().filter(m -> java.util.Objects.equals(m.id(), measureId)).findFirst()
			.orElseThrow(() -> new RecordNotFoundException("Measure", measureId));
	}

	/** Saves a new version of the plan; earlier versions stay as they were. */
	PlanVersion revisePlan(List<PlanVersion.Action> actions, Instant now) {
		checkOpen();
		if (actions.isEmpty()) {
			throw new DomainRuleException("actions", "Add at least one action: what, who, by when and how you will know it worked");
		}
		PlanVersion version = new PlanVersion(this, plans.size() + 1, actions, now);
		plans.add(version);
		return version;
	}

	void comment(Long authorId, String body, Instant now) {
		checkNotWithdrawn();
		comments.add(new Comment(authorId, currentPlan() == null ? null : currentPlan().number(), body.strip(), now));
	}

	void logIntervention(LocalDate on, String done, String observed, Instant now) {
		checkOpen();
		if (stage.compareTo(Stage.PLAN) < 0) {
			throw new DomainRuleException("done", "Plan the intervention before logging it");
		}
		log.add(new LogEntry(on, done.strip(), observed == null || observed.isBlank() ? null : observed.strip(), now));
	}

	void evaluate(String whatChanged, String contentLessons, String processLessons, String implications) {
		checkOpen();
		if (stage.compareTo(Stage.EVALUATE) < 0) {
			throw new DomainRuleException("whatChanged", "The evaluation comes after the re-audit");
		}
		this.whatChanged = whatChanged.strip();
		this.contentLessons = contentLessons.strip();
		this.processLessons = processLessons.strip();
		this.implications = implications.strip();
	}

	/** Moves to the next stage if the work so far allows it; otherwise says what is missing. */
	Stage advance() {
		checkNotWithdrawn();
		String missing = whatTheNextStageNeeds();
		if (missing != null) {
			throw new DomainRuleException(gateField(), missing);
		}
		stage = stage.next();
		return stage;
	}

	/** What is still missing before the inquiry may move on from its stage, in plain words; null when nothing is. */
	String whatTheNextStageNeeds() {
		return switch (stage) {
			case AUDIT -> measures.isEmpty() ? "Record at least one measure with its baseline value before planning" : null;
			case PLAN -> hasPlannedActions() ? null
					: "Write the action plan, with at least one action, before starting the intervention: "
							+ "the plan says what you will try, so the re-audit can show whether it worked";
			case INTERVENE -> hasPlannedActions() ? null : "Add actions to the action plan before the re-audit";
			case REAUDIT -> {
				List<String> missing = measures.stream().filter(m -> !m.hasReaudit()).map(m -> m.view().name()).toList();
				yield missing.isEmpty() ? null : "Record the re-audit value of every measure before the evaluation; still missing: "
						+ String.join(", ", missing);
			}
			case EVALUATE -> hasEvaluation() ? null
					: "Write the evaluation (what changed, lessons about content and process, implications) before completing";
			case COMPLETE -> "The inquiry is already complete";
		};
	}

	private String gateField() {
		return switch (stage) {
			case AUDIT, REAUDIT -> "measures";
			case PLAN, INTERVENE -> "plan";
			case EVALUATE -> "evaluation";
			case COMPLETE -> "stage";
		};
	}

	private boolean hasPlannedActions() {
		return currentPlan() != null && currentPlan().hasActions();
	}

	boolean hasEvaluation() {
		return whatChanged != null && contentLessons != null && processLessons != null && implications != null;
	}

	private void checkOpen() {
		checkNotWithdrawn();
		if (stage == Stage.COMPLETE) {
			throw new DomainRuleException(null, "A completed inquiry is kept as it is");
		}
	}

	private void checkNotWithdrawn() {
		if (withdrawnAt != null) {
			throw new DomainRuleException(null, "This inquiry has been withdrawn: it is kept as it was, and nothing more can be added or changed");
		}
	}

	PlanVersion currentPlan() {
		return plans.stream().max(Comparator.comparingInt(PlanVersion::number)).orElse(null);
	}

	Long id() {
		return id;
	}

	Long projectId() {
		return projectId;
	}

	Long practitionerId() {
		return practitionerId;
	}

	String title() {
		return title;
	}

	Stage stage() {
		return stage;
	}

	List<Measure> measures() {
		return measures;
	}

	List<PlanVersion> plans() {
		return plans;
	}

	List<Comment> comments() {
		return comments;
	}

	List<LogEntry> log() {
		return log;
	}

	String whatChanged() {
		return whatChanged;
	}

	String contentLessons() {
		return contentLessons;
	}

	String processLessons() {
		return processLessons;
	}

	String implications() {
		return implications;
	}
}
