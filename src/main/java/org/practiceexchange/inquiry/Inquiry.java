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
		if (stage == Stage.COMPLETE) {
			throw new DomainRuleException(null, "A completed inquiry is kept as it is");
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
