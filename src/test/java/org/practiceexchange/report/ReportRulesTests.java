package org.practiceexchange.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.inquiry.BetterWhen;
import org.practiceexchange.inquiry.MeasureKind;
import org.practiceexchange.shared.DomainRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sign-off rules on the report itself, without the application around it. */
class ReportRulesTests {

	static final Long AUTHOR = 1L;

	static final Long MENTOR = 2L;

	static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

	static Sections complete() {
		return Sections.practitioner("Fractions", "What changed", "We cooked", "Recipes help", "Weekly cycles", "Share it");
	}

	static Report draft(Sections text) {
		return Report.ofInquiry(10L, 20L, AUTHOR, text, List.of(new ReportMeasure("Correct answers", "questions",
				MeasureKind.NUMBER, BetterWhen.HIGHER, null, null, BigDecimal.valueOf(4), BigDecimal.valueOf(7))), NOW);
	}

	@Test
	void aReportIsSubmittedOnlyWithEverySectionWritten() {
		Report report = draft(Sections.practitioner("Fractions", null, "We cooked", null, "Weekly cycles", "Share it"));
		assertThatThrownBy(() -> report.submit(AUTHOR, NOW)).isInstanceOf(DomainRuleException.class)
			.hasMessageContaining("Summary").hasMessageContaining("Lessons about content")
			.hasMessageNotContaining("Lessons about process");
		report.edit(complete(), AUTHOR, NOW);
		report.submit(AUTHOR, NOW);
		assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
	}

	@Test
	void aSubmittedReportWaitsForTheSignerAndCannotBeChanged() {
		Report report = draft(complete());
		assertThatThrownBy(() -> report.comment(MENTOR, "Too early", NOW)).isInstanceOf(DomainRuleException.class);
		assertThatThrownBy(() -> report.signOff(MENTOR, NOW)).isInstanceOf(DomainRuleException.class);
		report.submit(AUTHOR, NOW);
		assertThatThrownBy(() -> report.edit(Sections.practitioner("Other", "S", "N", "C", "P", "I"), AUTHOR, NOW)).isInstanceOf(DomainRuleException.class).hasMessageContaining("waiting for a decision");
		assertThatThrownBy(() -> report.submit(AUTHOR, NOW)).isInstanceOf(DomainRuleException.class);
	}

	@Test
	void commentsSendTheReportBackAndTheRevisionIsSubmittedAgain() {
		Report report = draft(complete());
		report.submit(AUTHOR, NOW);
		report.comment(MENTOR, "  Say more  ", NOW);
		assertThat(report.status()).isEqualTo(ReportStatus.COMMENTED);
		assertThat(report.comments()).singleElement().satisfies(c -> {
			assertThat(c.body()).isEqualTo("Say more");
			assertThat(c.versionNumber()).isEqualTo(1);
		});
		report.edit(Sections.practitioner("Fractions", "What changed", "We cooked, and more", "Recipes help", "Weekly cycles",
				"Share it"), AUTHOR, NOW);
		report.submit(AUTHOR, NOW);
		assertThat(report.status()).isEqualTo(ReportStatus.REVISED);
		report.signOff(MENTOR, NOW);
		assertThat(report.status()).isEqualTo(ReportStatus.SIGNED_OFF);
		assertThat(report.signedOffVersion()).isEqualTo(1);
		assertThat(report.history()).extracting(Report.Event::action).containsExactly(Report.Action.STARTED,
				Report.Action.SUBMITTED, Report.Action.COMMENTED, Report.Action.EDITED, Report.Action.RESUBMITTED,
				Report.Action.SIGNED_OFF);
		assertThat(report.history().get(3).detail()).isEqualTo("Changed: The nature of the initiative");
	}

	@Test
	void savingTheSameTextLeavesNoTrace() {
		Report report = draft(complete());
		report.edit(complete(), AUTHOR, NOW);
		assertThat(report.history()).hasSize(1);
	}

	@Test
	void aSignedOffVersionNeverChangesACorrectionOpensTheNextVersion() {
		Report report = draft(complete());
		report.submit(AUTHOR, NOW);
		report.signOff(MENTOR, NOW);
		assertThatThrownBy(() -> report.edit(Sections.practitioner("Changed", "S", "N", "C", "P", "I"), AUTHOR, NOW))
			.isInstanceOf(DomainRuleException.class).hasMessageContaining("start a correction");
		assertThatThrownBy(() -> report.startCorrection(AUTHOR, " ", NOW)).isInstanceOf(DomainRuleException.class);

		report.startCorrection(AUTHOR, "Wrong date", NOW);
		report.edit(Sections.practitioner("Fractions", "What changed", "Corrected", "Recipes help", "Weekly cycles", "Share it"),
				AUTHOR, NOW);

		assertThat(report.status()).isEqualTo(ReportStatus.DRAFT);
		assertThat(report.versions()).hasSize(2);
		assertThat(report.version(1).signedOff()).isTrue();
		assertThat(report.version(1).text().nature()).isEqualTo("We cooked");
		assertThat(report.version(1).measures()).hasSize(1);
		assertThat(report.current().number()).isEqualTo(2);
		assertThat(report.current().text().nature()).isEqualTo("Corrected");
		assertThat(report.current().measures()).hasSize(1);
		assertThat(report.signedOff().number()).isEqualTo(1);
		assertThat(report.history()).extracting(Report.Event::versionNumber).endsWith(2, 2);
		report.submit(AUTHOR, NOW);
		report.signOff(MENTOR, NOW);
		assertThat(report.signedOff().number()).isEqualTo(2);
		assertThat(report.version(1).text().nature()).isEqualTo("We cooked");
	}

	@Test
	void onlyASignedOffReportIsPublished() {
		Report report = draft(complete());
		assertThatThrownBy(() -> report.published(5L, AUTHOR, NOW)).isInstanceOf(DomainRuleException.class);
		report.submit(AUTHOR, NOW);
		report.signOff(MENTOR, NOW);
		report.published(5L, AUTHOR, NOW);
		report.published(5L, AUTHOR, NOW);
		assertThat(report.outputId()).isEqualTo(5L);
		assertThat(report.history()).filteredOn(e -> e.action() == Report.Action.PUBLISHED).hasSize(1);
	}

	@Test
	void aCorrectionSignedOffAgainIsUnpublishedUntilItsNewEditionIsPublished() {
		Report report = draft(complete());
		report.submit(AUTHOR, NOW);
		report.signOff(MENTOR, NOW);
		assertThat(report.signedOffUnpublished()).isTrue();
		report.published(5L, AUTHOR, NOW);
		assertThat(report.signedOffUnpublished()).isFalse();
		report.startCorrection(AUTHOR, "A wrong date", NOW);
		assertThat(report.signedOffUnpublished()).as("version 1 is still the signed-off one, and it is published").isFalse();
		report.submit(AUTHOR, NOW);
		report.signOff(MENTOR, NOW);
		assertThat(report.signedOffUnpublished()).isTrue();
		report.published(5L, AUTHOR, NOW);
		assertThat(report.signedOffUnpublished()).isFalse();
		assertThat(report.publishedVersion()).isEqualTo(2);
		assertThat(report.history()).filteredOn(e -> e.action() == Report.Action.PUBLISHED)
			.extracting(Report.Event::versionNumber).containsExactly(1, 2);
	}

	@Test
	void theEstimateGrowsWithTheTextAndCountsTheChartAndTable() {
		ReportViews.Estimate empty = SideEstimate.of(Sections.practitioner("T", null, null, null, null, null),
				ReportKind.PRACTITIONER, 0);
		ReportViews.Estimate withFigures = SideEstimate.of(Sections.practitioner("T", null, null, null, null, null),
				ReportKind.PRACTITIONER, 3);
		String words = "word ".repeat(2240);
		ReportViews.Estimate full = SideEstimate.of(Sections.practitioner("T", null, words, null, null, null),
				ReportKind.PRACTITIONER, 0);
		assertThat(empty.sides()).isLessThan(1);
		assertThat(withFigures.sides()).isGreaterThan(empty.sides());
		assertThat(full.sides()).isBetween(4.0, 4.6);
		assertThat(full.words()).isEqualTo(2241);
		assertThat(full.outsideGuide()).isFalse();
		assertThat(empty.outsideGuide()).isTrue();
	}

	@Test
	void textBecomesParagraphsAndLists() {
		List<ReportViews.Block> blocks = ReportViews.SectionView.blocks("First line.\n\nThe plan:\n- one\n- two\nAfter.");
		assertThat(blocks).extracting(ReportViews.Block::list).containsExactly(false, false, true, false);
		assertThat(blocks.get(2).lines()).containsExactly("one", "two");
	}

	@Test
	void theSignerIsTheMentorOrAMentorlessGroupsFacilitatorOrTheValidator() {
		var project = new org.practiceexchange.project.ProjectSummary(1L, 1L, null, "P", null, null, 7L, 8L, 3L, List.of(),
				null, false, List.of(), 9L);
		var mentorless = new org.practiceexchange.project.ProjectSummary(1L, 1L, null, "P", null, null, 7L, null, 3L, List.of(),
				null, false, List.of(), null);
		assertThat(ReportAccess.signers(ReportKind.PRACTITIONER, project)).containsExactly(8L);
		assertThat(ReportAccess.signers(ReportKind.PRACTITIONER, mentorless)).containsExactly(7L);
		assertThat(ReportAccess.signers(ReportKind.OUTCOME, project)).containsExactly(9L);
		assertThat(ReportAccess.signers(ReportKind.OUTCOME, mentorless)).isEmpty();
	}
}
