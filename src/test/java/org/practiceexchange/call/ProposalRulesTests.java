package org.practiceexchange.call;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.practiceexchange.shared.DomainRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules on the entities themselves, without Spring. */
class ProposalRulesTests {

	static final Instant OPENS = Instant.parse("2027-01-11T09:00:00Z");

	static final Instant CLOSES = Instant.parse("2027-03-01T12:00:00Z");

	static final Instant DURING = OPENS.plus(Duration.ofDays(1));

	static final Long LEAD = 1L;

	static FundingCall aPublishedCall() {
		FundingCall call = new FundingCall(form("Quality | 60\nValue | 40"), List.of(new FundingCall.Criterion("Quality", 60),
				new FundingCall.Criterion("Value", 40)), OPENS);
		call.publish(OPENS);
		return call;
	}

	static CallForm form(String criteria) {
		return new CallForm(1L, null, "A call", "About", null, null, 2, 1, 10000L, 5,
				LocalDateTime.of(2027, 1, 11, 9, 0), LocalDateTime.of(2027, 3, 1, 12, 0), criteria);
	}

	static Proposal aCompleteProposal(FundingCall call) {
		Proposal proposal = new Proposal(call, LEAD, 10L, "Title", List.of(2L, 3L), DURING);
		proposal.editDetails("Title", 5L, "Aims", "Outcomes", 0, 10L, DURING);
		proposal.editValidator("University", "Contact", "contact@example.org", 0, 10L, DURING);
		proposal.addPractitioner(new Proposal.Practitioner("Pat", "pat@example.org", LEAD, 5), 10L, DURING);
		proposal.addBudgetLine(new Proposal.BudgetLine("Release", 9000L, LEAD, BudgetCategory.STAFF_TIME), 10L, DURING);
		proposal.respond(2L, true, 20L, DURING);
		proposal.respond(3L, true, 30L, DURING);
		return proposal;
	}

	@Test
	void aCallIsOpenOnlyBetweenItsTimesOnceItIsPublished() {
		FundingCall call = new FundingCall(form("Quality | 1"), List.of(new FundingCall.Criterion("Quality", 1)), OPENS);
		assertThat(call.status(DURING)).isEqualTo(CallStatus.DRAFT);
		call.publish(OPENS);
		assertThat(call.status(OPENS.minusSeconds(1))).isEqualTo(CallStatus.UPCOMING);
		assertThat(call.status(OPENS)).isEqualTo(CallStatus.OPEN);
		assertThat(call.status(CLOSES.minusSeconds(1))).isEqualTo(CallStatus.OPEN);
		assertThat(call.status(CLOSES)).isEqualTo(CallStatus.CLOSED);
		assertThatThrownBy(() -> call.change(form("Quality | 1"), List.of(new FundingCall.Criterion("Quality", 1))))
			.hasMessageContaining("published");
	}

	@Test
	void callTimesAreLondonWallClockTimes() {
		CallForm summer = new CallForm(1L, null, "t", "d", null, null, 2, 1, 1L, 5, LocalDateTime.of(2027, 6, 1, 9, 0),
				LocalDateTime.of(2027, 6, 30, 17, 0), "A | 1");
		assertThat(summer.closesAtInstant()).isEqualTo(Instant.parse("2027-06-30T16:00:00Z"));
		assertThat(form("A | 1").closesAtInstant()).isEqualTo(CLOSES);
	}

	@Test
	void criteriaAreReadAsNameBarWeightAndBrokenLinesAreNamed() {
		assertThat(form("Quality of the plan | 60\n\n Value | 40 ").parsedCriteria())
			.containsExactly(new FundingCall.Criterion("Quality of the plan", 60), new FundingCall.Criterion("Value", 40));
		assertThatThrownBy(() -> form("Quality | 60\nValue without weight").parsedCriteria())
			.isInstanceOf(DomainRuleException.class).hasMessageStartingWith("Line 2");
		assertThatThrownBy(() -> form("Quality | lots").parsedCriteria()).hasMessageContaining("whole number");
	}

	@Test
	void theLeadCannotAlsoBeAPartner() {
		assertThatThrownBy(() -> new Proposal(aPublishedCall(), LEAD, 10L, "T", List.of(LEAD, 2L), DURING))
			.isInstanceOf(DomainRuleException.class).hasMessageContaining("cannot also be a partner");
	}

	@Test
	void submissionListsEverythingMissing() {
		FundingCall call = aPublishedCall();
		Proposal proposal = new Proposal(call, LEAD, 10L, "Title", List.of(2L), DURING);
		assertThatThrownBy(() -> proposal.submit(call, 10L, "snapshot", DURING))
			.isInstanceOfSatisfying(ProposalIncompleteException.class, ex -> assertThat(ex.missing())
				.extracting(ProposalIncompleteException.Missing::field)
				.containsExactly("themeId", "aims", "outcomes", "validator", "practitioners", "budget", "partners", "partners"));
	}

	@Test
	void theBudgetMustStayWithinTheCallsLimit() {
		FundingCall call = aPublishedCall();
		Proposal proposal = aCompleteProposal(call);
		proposal.addBudgetLine(new Proposal.BudgetLine("Extra", 2000L, 2L, BudgetCategory.TRAVEL), 10L, DURING);
		assertThat(proposal.missingForSubmission(call)).extracting(ProposalIncompleteException.Missing::message)
			.containsExactly("The budget totals £11,000, more than the £10,000 this call funds for each project: reduce it by £1,000");
	}

	@Test
	void aBudgetLineNamesTheLeadOrAPartnerStillBiddingAndAKindOfCost() {
		FundingCall call = aPublishedCall();
		Proposal proposal = new Proposal(call, LEAD, 10L, "Title", List.of(2L, 3L), DURING);
		assertThatThrownBy(() -> proposal.addBudgetLine(new Proposal.BudgetLine("Cover", 100L, 99L, BudgetCategory.OTHER), 10L, DURING))
			.isInstanceOfSatisfying(DomainRuleException.class, ex -> assertThat(ex.field()).isEqualTo("spentBy"));
		assertThatThrownBy(() -> proposal.addBudgetLine(new Proposal.BudgetLine("Cover", 100L, 2L, null), 10L, DURING))
			.isInstanceOfSatisfying(DomainRuleException.class, ex -> assertThat(ex.field()).isEqualTo("category"));
		proposal.addBudgetLine(new Proposal.BudgetLine("Travel to partner", 300L, 3L, BudgetCategory.TRAVEL), 10L, DURING);
		assertThatThrownBy(() -> proposal.removePartner(3L, 10L, DURING)).hasMessage("Remove this partner's budget lines first");
		proposal.respond(3L, false, 30L, DURING);
		assertThat(proposal.missingForSubmission(call)).extracting(ProposalIncompleteException.Missing::message)
			.contains("Some budget lines name a partner that has not confirmed its part");
	}

	@Test
	void aSubmittedProposalIsARecordThatCannotBeEdited() {
		FundingCall call = aPublishedCall();
		Proposal proposal = aCompleteProposal(call);
		proposal.submit(call, 10L, "snapshot", DURING);
		assertThat(proposal.status()).isEqualTo(ProposalStatus.SUBMITTED);
		assertThatThrownBy(() -> proposal.editDetails("New", 5L, "a", "o", 1, 10L, DURING)).hasMessageContaining("cannot be edited");
		assertThatThrownBy(() -> proposal.addBudgetLine(new Proposal.BudgetLine("x", 1L, LEAD, BudgetCategory.OTHER), 10L, DURING))
			.hasMessageContaining("cannot be edited");
		assertThatThrownBy(() -> proposal.respond(2L, false, 20L, DURING)).hasMessageContaining("cannot be edited");
	}

	@Test
	void nothingIsSubmittedOrWithdrawnAfterTheDeadline() {
		FundingCall call = aPublishedCall();
		Proposal late = aCompleteProposal(call);
		assertThatThrownBy(() -> late.submit(call, 10L, "s", CLOSES)).hasMessageContaining("closed at its deadline");
		Proposal submitted = aCompleteProposal(call);
		submitted.submit(call, 10L, "s", DURING);
		assertThatThrownBy(() -> submitted.withdraw(call, 10L, CLOSES.plusSeconds(1))).hasMessageContaining("no longer be withdrawn");
	}

	@Test
	void withdrawingAndResubmittingKeepsEverySubmissionInTheTrace() {
		FundingCall call = aPublishedCall();
		Proposal proposal = aCompleteProposal(call);
		proposal.submit(call, 10L, "first text", DURING);
		proposal.withdraw(call, 20L, DURING.plusSeconds(60));
		proposal.editDetails("Better title", 5L, "Aims", "Outcomes", 1, 20L, DURING.plusSeconds(120));
		proposal.submit(call, 10L, "second text", DURING.plusSeconds(180));
		assertThat(proposal.submissions()).hasSize(2);
		assertThat(proposal.submissions().get(0).snapshot()).isEqualTo("first text");
		assertThat(proposal.submissions().get(0).withdrawnBy()).isEqualTo(20L);
		assertThat(proposal.submissions().get(1).withdrawnAt()).isNull();
	}

	@Test
	void aStaleSectionVersionIsRefusedAndOtherSectionsAreIndependent() {
		FundingCall call = aPublishedCall();
		Proposal proposal = new Proposal(call, LEAD, 10L, "Title", List.of(2L, 3L), DURING);
		proposal.editDetails("Partner's", null, "A", "O", 0, 20L, DURING);
		assertThatThrownBy(() -> proposal.editDetails("Lead's", null, "A", "O", 0, 10L, DURING))
			.isInstanceOf(SectionConflictException.class);
		assertThat(proposal.title()).isEqualTo("Partner's");
		proposal.editValidator("Uni", "C", "c@example.org", 0, 10L, DURING.plusSeconds(5));
		assertThat(proposal.lastEditedBy()).isEqualTo(10L);
		assertThat(proposal.lastEditedAt()).isEqualTo(DURING.plusSeconds(5));
	}

	@Test
	void onlyConfirmedPartnersWriteAndDeclinedPartnersProvideNoPractitioners() {
		FundingCall call = aPublishedCall();
		Proposal proposal = new Proposal(call, LEAD, 10L, "Title", List.of(2L, 3L), DURING);
		proposal.respond(2L, true, 20L, DURING);
		proposal.respond(3L, false, 30L, DURING);
		assertThat(proposal.writingOrganisationIds()).containsExactly(LEAD, 2L);
		assertThat(proposal.organisationIds()).as("conflicts still count declined partners").containsExactly(LEAD, 2L, 3L);
		assertThatThrownBy(() -> proposal.addPractitioner(new Proposal.Practitioner("P", "p@example.org", 3L, 5), 10L, DURING))
			.hasMessageContaining("partner organisations");
		assertThatThrownBy(() -> proposal.respond(9L, true, 90L, DURING)).hasMessageContaining("not a partner");
	}

	@Test
	void aReviewScoresEveryCriterionOnTheScaleAndWeighsThem() {
		FundingCall call = aPublishedCall();
		ReviewAssignment review = new ReviewAssignment(1L, 1L, 7L, 1L, DURING);
		assertThatThrownBy(() -> review.submit(call, List.of(new ReviewAssignment.Score(6, "c"), new ReviewAssignment.Score(1, "c")),
				Decision.FUND, null, DURING)).hasMessageContaining("from 1 to 5");
		assertThatThrownBy(() -> review.submit(call, List.of(new ReviewAssignment.Score(3, "c")), Decision.FUND, null, DURING))
			.hasMessageContaining("Score every criterion");
		assertThatThrownBy(() -> review.submit(call, List.of(new ReviewAssignment.Score(3, " "), new ReviewAssignment.Score(3, "c")),
				Decision.FUND, null, DURING)).hasMessageContaining("comment");
		review.submit(call, List.of(new ReviewAssignment.Score(5, "c"), new ReviewAssignment.Score(2, "c")), Decision.FUND, null, DURING);
		assertThat(review.weightedScore(call)).isEqualByComparingTo("3.80");
		assertThatThrownBy(() -> review.declareConflict("late")).hasMessageContaining("already submitted");
	}

	@Test
	void rankingOrdersByModeratedScoreWhenThereIsOneAndShowsTheSpread() {
		FundingCall call = aPublishedCall();
		Proposal a = aCompleteProposal(call);
		Proposal b = aCompleteProposal(call);
		a.submit(call, 10L, "s", DURING);
		b.submit(call, 10L, "s", DURING);
		setId(a, 1L);
		setId(b, 2L);
		ReviewAssignment a1 = reviewed(call, 1L, 5, 5);
		ReviewAssignment a2 = reviewed(call, 1L, 3, 3);
		ReviewAssignment b1 = reviewed(call, 2L, 2, 2);
		List<Ranking.Row> rows = Ranking.rank(call, List.of(b, a), Map.of(1L, List.of(a1, a2), 2L, List.of(b1)), Map.of(LEAD, "Lead"));
		assertThat(rows).extracting(Ranking.Row::proposalId).containsExactly(1L, 2L);
		assertThat(rows.get(0).meanScore()).isEqualByComparingTo("4.00");
		assertThat(rows.get(0).spread()).isEqualByComparingTo("2.00");
		b.moderate(new BigDecimal("4.50"), "Second reader was harsh", 99L, DURING);
		assertThat(Ranking.rank(call, List.of(a, b), Map.of(1L, List.of(a1, a2), 2L, List.of(b1)), Map.of()))
			.extracting(Ranking.Row::proposalId).containsExactly(2L, 1L);
		assertThatThrownBy(() -> a.moderate(new BigDecimal("3"), " ", 99L, DURING)).hasMessageContaining("reason");
	}

	private static ReviewAssignment reviewed(FundingCall call, Long proposalId, int first, int second) {
		ReviewAssignment review = new ReviewAssignment(proposalId, 1L, 7L, 1L, DURING);
		review.submit(call, List.of(new ReviewAssignment.Score(first, "c"), new ReviewAssignment.Score(second, "c")),
				Decision.FUND, null, DURING);
		return review;
	}

	private static void setId(Proposal proposal, Long id) {
		try {
			java.lang.reflect.Field field = Proposal.class.getDeclaredField("id");
			field.setAccessible(true);
			field.set(proposal, id);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
