package org.practiceexchange.inquiry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.shared.DomainRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The action-research cycle's rules, on the inquiry itself. */
class InquiryCycleTests {

	static final Instant NOW = Instant.parse("2027-01-11T10:00:00Z");

	Inquiry inquiry = new Inquiry(1L, 2L, "Fractions through recipes", NOW);

	@Test
	void startsAtTheAudit() {
		assertThat(inquiry.stage()).isEqualTo(Stage.AUDIT);
	}

	@Test
	void noPlanWithoutABaselineMeasure() {
		assertThatThrownBy(inquiry::advance).isInstanceOf(DomainRuleException.class)
			.hasMessageContaining("at least one measure with its baseline")
			.satisfies(ex -> assertThat(((DomainRuleException) ex).field()).isEqualTo("measures"));
		addMeasure();
		assertThat(inquiry.advance()).isEqualTo(Stage.PLAN);
	}

	@Test
	void noInterventionUntilThePlanHasActions() {
		addMeasure();
		inquiry.advance();
		assertThat(inquiry.whatTheNextStageNeeds()).contains("Write the action plan");
		assertThatThrownBy(inquiry::advance).hasMessageContaining("Write the action plan, with at least one action")
			.satisfies(ex -> assertThat(((DomainRuleException) ex).field()).isEqualTo("plan"));
		assertThat(inquiry.stage()).isEqualTo(Stage.PLAN);
		assertThatThrownBy(() -> inquiry.revisePlan(List.of(), NOW)).hasMessageContaining("at least one action");
		plan();
		assertThat(inquiry.whatTheNextStageNeeds()).isNull();
		assertThat(inquiry.advance()).isEqualTo(Stage.INTERVENE);
		assertThat(inquiry.advance()).isEqualTo(Stage.REAUDIT);
	}

	@Test
	void noReauditValueBeforeTheReauditStage() {
		Measure measure = addMeasure();
		for (Stage stage : List.of(Stage.AUDIT, Stage.PLAN, Stage.INTERVENE)) {
			assertThat(inquiry.stage()).isEqualTo(stage);
			assertThatThrownBy(() -> inquiry.recordReaudit(measure.id(), BigDecimal.valueOf(7), null))
				.isInstanceOf(DomainRuleException.class)
				.hasMessageContaining("recorded at the re-audit stage")
				.satisfies(ex -> assertThat(((DomainRuleException) ex).field()).isEqualTo("reaudit"));
			if (stage == Stage.PLAN) {
				plan();
			}
			inquiry.advance();
		}
		assertThat(measure.hasReaudit()).isFalse();
	}

	@Test
	void noEvaluationUntilEveryMeasureHasItsReauditValue() {
		Measure first = addMeasure();
		inquiry.addMeasure("Minutes on task", "minutes", MeasureKind.NUMBER, null, null, BigDecimal.TEN, null, BetterWhen.HIGHER, NOW);
		inquiry.advance();
		plan();
		inquiry.advance();
		inquiry.advance();
		first.recordReaudit(BigDecimal.valueOf(7), null);
		assertThatThrownBy(inquiry::advance).hasMessageContaining("still missing: Minutes on task");
		inquiry.measures().get(1).recordReaudit(BigDecimal.valueOf(15), "Timed sample");
		assertThat(inquiry.advance()).isEqualTo(Stage.EVALUATE);
	}

	@Test
	void noCompletionWithoutTheEvaluationAndThenItIsKept() {
		toEvaluate();
		assertThatThrownBy(inquiry::advance).hasMessageContaining("Write the evaluation");
		inquiry.evaluate("More correct answers", "Recipes helped", "Weekly cycles", "Share the tasks");
		assertThat(inquiry.advance()).isEqualTo(Stage.COMPLETE);
		assertThatThrownBy(inquiry::advance).hasMessageContaining("already complete");
		assertThatThrownBy(() -> inquiry.evaluate("a", "b", "c", "d")).hasMessageContaining("kept as it is");
		assertThatThrownBy(() -> inquiry.logIntervention(LocalDate.of(2027, 5, 1), "x", null, NOW)).hasMessageContaining("kept");
	}

	@Test
	void evaluationComesAfterTheReauditAndLogAfterThePlan() {
		assertThatThrownBy(() -> inquiry.evaluate("a", "b", "c", "d")).hasMessageContaining("after the re-audit");
		assertThatThrownBy(() -> inquiry.logIntervention(LocalDate.of(2027, 1, 20), "Tried it", null, NOW))
			.hasMessageContaining("Plan the intervention");
	}

	@Test
	void revisingThePlanKeepsEarlierVersions() {
		addMeasure();
		inquiry.advance();
		plan();
		inquiry.comment(9L, "Link the task to the workshop", NOW);
		inquiry.revisePlan(List.of(new PlanVersion.Action("Weekly recipe task linked to the workshop", "Tutor",
				LocalDate.of(2027, 3, 1), "Used in 8 of 10 sessions"), new PlanVersion.Action("Peer check", "Learners in pairs",
				LocalDate.of(2027, 3, 8), "Pairs swap answers each week")), NOW);
		assertThat(inquiry.plans()).hasSize(2);
		assertThat(inquiry.currentPlan().number()).isEqualTo(2);
		assertThat(inquiry.plans().get(0).view().actions()).singleElement()
			.satisfies(action -> assertThat(action.what()).isEqualTo("Weekly recipe task"));
		assertThat(inquiry.comments()).singleElement().satisfies(c -> assertThat(c.planVersion()).isEqualTo(1));
	}

	@Test
	void measuresCheckTheirValuesByKind() {
		assertThatThrownBy(() -> inquiry.addMeasure("Attendance", "%", MeasureKind.PERCENTAGE, null, null,
				BigDecimal.valueOf(120), null, BetterWhen.HIGHER, NOW)).hasMessageContaining("from 0 to 100");
		assertThatThrownBy(() -> inquiry.addMeasure("Late arrivals", "learners", MeasureKind.COUNT, null, null,
				new BigDecimal("2.5"), null, BetterWhen.HIGHER, NOW)).hasMessageContaining("whole number");
		assertThatThrownBy(() -> inquiry.addMeasure("Confidence", "points", MeasureKind.RATING_SCALE, null, null,
				BigDecimal.ONE, null, BetterWhen.HIGHER, NOW)).hasMessageContaining("needs its range");
		Measure rating = inquiry.addMeasure("Confidence", "points", MeasureKind.RATING_SCALE, BigDecimal.ONE,
				BigDecimal.valueOf(5), new BigDecimal("2.5"), null, BetterWhen.HIGHER, NOW);
		assertThatThrownBy(() -> rating.recordReaudit(BigDecimal.valueOf(6), null)).hasMessageContaining("from 1 to 5");
	}

	@Test
	void changeIsShownAbsoluteAndRelativeToTheBaseline() {
		Measure measure = addMeasure();
		assertThat(measure.view().changeText()).isEmpty();
		measure.recordReaudit(BigDecimal.valueOf(7), null);
		MeasureView view = measure.view();
		assertThat(view.changeText()).isEqualTo("+3");
		assertThat(view.relativeText()).isEqualTo("+75%");
		Measure fromNought = inquiry.addMeasure("Peer explanations", "per session", MeasureKind.COUNT, null, null,
				BigDecimal.ZERO, null, BetterWhen.HIGHER, NOW);
		fromNought.recordReaudit(BigDecimal.valueOf(3), null);
		assertThat(fromNought.view().relativeChange()).isNull();
		assertThat(fromNought.view().changeText()).isEqualTo("+3");
	}

	@Test
	void improvementFollowsTheDirectionThePractitionerChose() {
		Measure correct = addMeasure();
		Measure lateness = inquiry.addMeasure("Late arrivals", "learners", MeasureKind.COUNT, null, null,
				BigDecimal.valueOf(9), null, BetterWhen.LOWER, NOW);
		assertThat(correct.improved()).isEmpty();
		correct.recordReaudit(BigDecimal.valueOf(6), null);
		lateness.recordReaudit(BigDecimal.valueOf(4), null);
		assertThat(correct.improved()).contains(true);
		assertThat(lateness.improved()).contains(true);
		lateness.recordReaudit(BigDecimal.valueOf(9), null);
		correct.recordReaudit(BigDecimal.valueOf(3), null);
		assertThat(lateness.improved()).contains(false);
		assertThat(correct.improved()).contains(false);
	}

	@Test
	void measuresAreNotAddedOnceTheReauditHasStarted() {
		toEvaluate();
		assertThatThrownBy(() -> inquiry.addMeasure("New", "x", MeasureKind.NUMBER, null, null, BigDecimal.ONE, null, BetterWhen.HIGHER, NOW))
			.hasMessageContaining("same ones");
	}

	private void toEvaluate() {
		Measure measure = addMeasure();
		inquiry.advance();
		plan();
		inquiry.advance();
		inquiry.advance();
		measure.recordReaudit(BigDecimal.valueOf(6), null);
		inquiry.advance();
		assertThat(inquiry.stage()).isEqualTo(Stage.EVALUATE);
	}

	private Measure addMeasure() {
		return inquiry.addMeasure("Correct answers", "questions", MeasureKind.NUMBER, null, null, BigDecimal.valueOf(4),
				"Fractions check", BetterWhen.HIGHER, NOW);
	}

	private void plan() {
		inquiry.revisePlan(List.of(new PlanVersion.Action("Weekly recipe task", "Tutor", LocalDate.of(2027, 3, 1),
				"Used in 8 of 10 sessions")), NOW);
	}
}
