package org.practiceexchange.call;

import org.junit.jupiter.api.Test;
import org.practiceexchange.FormPage;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.call.CallFixtures.Partnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The forms on a call's management page and on a review: bad input shows the same page again with
 * what was typed and the message beside the field; only the posted proposal's form shows it.
 */
@IntegrationTest
class CallFormErrorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CallFixtures fixtures;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ReviewService reviews;

	SignedInPerson manager() {
		return accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation());
	}

	@Test
	void mistypedSpreadNumbersAreShownBesideTheirFieldsAsTyped() throws Exception {
		CallView call = fixtures.anOpenCall();
		Long proposal = fixtures.aSubmittedProposal(fixtures.aPartnership(), call);
		fixtures.aReviewer();
		SignedInPerson manager = manager();
		FormPage.of(mvc.perform(post("/manage/calls/{id}/assignments/spread", call.id()).param("reviewersPerProposal", "two")
				.param("cap", "0").with(user(manager)).with(csrf())).andReturn())
			.form("spread")
			.showsError("reviewersPerProposal", "Enter a whole number of reviewers from 1 to 10")
			.showsError("cap", "Enter the most proposals per reviewer as a whole number, 1 or more")
			.keeps("reviewersPerProposal", "two")
			.keeps("cap", "0")
			.onlyThisFormShowsErrors();
		mvc.perform(post("/manage/calls/{id}/assignments/spread", call.id()).param("reviewersPerProposal", " 1 ").param("cap", "3")
				.with(user(manager)).with(csrf()))
			.andExpect(redirectedUrl("/manage/calls/" + call.id()))
			.andExpect(flash().attribute("flash", containsString("spread")));
		assertThat(reviews.ranking(call.id())).filteredOn(row -> row.proposalId().equals(proposal))
			.singleElement().satisfies(row -> assertThat(row.assigned()).isEqualTo(1));
	}

	@Test
	void aConflictedReviewerIsRefusedBesideTheReviewerWithTheChoicesKept() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		fixtures.aSubmittedProposal(fixtures.aPartnership(), call);
		Long proposal = fixtures.aSubmittedProposal(partnership, call);
		SignedInPerson conflicted = fixtures.aReviewer(partnership.partners().get(0));
		SignedInPerson manager = manager();
		FormPage.of(mvc.perform(post("/manage/calls/{id}/assignments", call.id()).param("proposalId", proposal.toString())
				.param("reviewerId", conflicted.id().toString()).with(user(manager)).with(csrf())).andReturn())
			.form("assign")
			.showsError("reviewerId", "cannot review it")
			.keeps("proposalId", proposal.toString())
			.keeps("reviewerId", conflicted.id().toString())
			.onlyThisFormShowsErrors();
		SignedInPerson free = fixtures.aReviewer();
		mvc.perform(post("/manage/calls/{id}/assignments", call.id()).param("proposalId", proposal.toString())
				.param("reviewerId", free.id().toString()).with(user(manager)).with(csrf()))
			.andExpect(redirectedUrl("/manage/calls/" + call.id()))
			.andExpect(flash().attribute("flash", "The reviewer has been assigned."));
		assertThat(reviews.mine(free)).extracting(ReviewService.AssignmentView::proposalId).containsExactly(proposal);
	}

	@Test
	void aModerationWithAMistypedScoreOrNoReasonKeepsWhatWasTypedInItsOwnRow() throws Exception {
		CallView call = fixtures.anOpenCall();
		Long first = fixtures.aSubmittedProposal(fixtures.aPartnership(), call);
		Long second = fixtures.aSubmittedProposal(fixtures.aPartnership(), call);
		SignedInPerson manager = manager();
		FormPage.of(mvc.perform(post("/manage/calls/{c}/proposals/{p}/moderation", call.id(), second).param("score", "four")
				.param("reason", "The second reader missed the plan").with(user(manager)).with(csrf())).andReturn())
			.form("moderation-" + second)
			.showsError("score", "Enter the score as a number, for example 4 or 3.5")
			.keeps("score", "four")
			.keeps("reason", "The second reader missed the plan")
			.onlyThisFormShowsErrors();
		FormPage page = FormPage.of(mvc.perform(post("/manage/calls/{c}/proposals/{p}/moderation", call.id(), second)
				.param("score", "4.5").param("reason", "").with(user(manager)).with(csrf())).andReturn())
			.form("moderation-" + second)
			.showsError("reason", "Record the reason for the moderated score")
			.keeps("score", "4.5")
			.onlyThisFormShowsErrors();
		page.form("moderation-" + first).keeps("score", "").hasNoErrorOn("score");
		// the call's own scale is checked when the score is recorded, and said beside the score
		FormPage.of(mvc.perform(post("/manage/calls/{c}/proposals/{p}/moderation", call.id(), second).param("score", "7")
				.param("reason", "Off the scale").with(user(manager)).with(csrf())).andReturn())
			.form("moderation-" + second)
			.showsError("score", "from 1 to 5")
			.keeps("score", "7")
			.keeps("reason", "Off the scale");
		mvc.perform(post("/manage/calls/{c}/proposals/{p}/moderation", call.id(), second).param("score", " 4.5 ")
				.param("reason", "The second reader missed the plan").with(user(manager)).with(csrf()))
			.andExpect(redirectedUrl("/manage/calls/" + call.id()))
			.andExpect(flash().attribute("flash", containsString("moderated score")));
		assertThat(reviews.ranking(call.id())).filteredOn(row -> row.proposalId().equals(second)).singleElement()
			.satisfies(row -> assertThat(row.moderatedScore()).isEqualByComparingTo("4.5"));
	}

	@Test
	void aDecisionWithoutAnOutcomeOrBeforeTheDeadlineKeepsTheFeedbackInItsOwnRow() throws Exception {
		CallView call = fixtures.anOpenCall();
		Long first = fixtures.aSubmittedProposal(fixtures.aPartnership(), call);
		Long second = fixtures.aSubmittedProposal(fixtures.aPartnership(), call);
		SignedInPerson manager = manager();
		FormPage.of(mvc.perform(post("/manage/calls/{c}/proposals/{p}/decision", call.id(), first)
				.param("feedback", "A convincing partnership").with(user(manager)).with(csrf())).andReturn())
			.form("decision-" + first)
			.showsError("decision", "Choose fund, reserve or decline")
			.keeps("feedback", "A convincing partnership")
			.keeps("decision")
			.onlyThisFormShowsErrors();
		FormPage.of(mvc.perform(post("/manage/calls/{c}/proposals/{p}/decision", call.id(), second).param("decision", "RESERVE")
				.param("feedback", "Close behind the first").with(user(manager)).with(csrf())).andReturn())
			.form("decision-" + second)
			.showsProblem("Decisions are made after the call closes")
			.keeps("decision", "RESERVE")
			.keeps("feedback", "Close behind the first")
			.onlyThisFormShowsErrors();
		FormPage.of(mvc.perform(post("/manage/calls/{c}/proposals/{p}/decision", call.id(), second).param("decision", "MAYBE")
				.param("feedback", "Not one of the choices").with(user(manager)).with(csrf())).andReturn())
			.form("decision-" + second)
			.showsError("decision", "Choose fund, reserve or decline")
			.keeps("feedback", "Not one of the choices");
		fixtures.pastTheDeadlineOf(call);
		mvc.perform(post("/manage/calls/{c}/proposals/{p}/decision", call.id(), second).param("decision", "RESERVE")
				.param("feedback", "Close behind the first").with(user(manager)).with(csrf()))
			.andExpect(redirectedUrl("/manage/calls/" + call.id()))
			.andExpect(flash().attribute("flash", containsString("decision has been recorded")));
		assertThat(reviews.ranking(call.id())).filteredOn(row -> row.proposalId().equals(second)).singleElement()
			.satisfies(row -> assertThat(row.decision()).isEqualTo(Decision.RESERVE));
	}

	@Test
	void aProposalFromAnotherCallIsRefusedAtTheTopOfThePage() throws Exception {
		CallView call = fixtures.anOpenCall();
		fixtures.aSubmittedProposal(fixtures.aPartnership(), call);
		Long elsewhere = fixtures.aSubmittedProposal(fixtures.aPartnership(), fixtures.anOpenCall());
		mvc.perform(post("/manage/calls/{c}/proposals/{p}/moderation", call.id(), elsewhere).param("score", "3")
				.param("reason", "Checked").with(user(manager())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("not among this call")));
	}

	@Test
	void aConflictWithoutAReasonIsAskedForBesideTheReasonAndATooLongOneIsKept() throws Exception {
		CallView call = fixtures.anOpenCall();
		Long proposal = fixtures.aSubmittedProposal(fixtures.aPartnership(), call);
		SignedInPerson reviewer = fixtures.aReviewer();
		Long assignment = fixtures.assign(manager(), proposal, reviewer);
		FormPage.of(mvc.perform(post("/reviews/{id}/conflict", assignment).param("reason", "  ")
				.with(user(reviewer)).with(csrf())).andReturn())
			.form("conflict")
			.showsError("reason", "Say what the conflict of interest is")
			.onlyThisFormShowsErrors();
		String tooLong = "My sister teaches on the partner's programme. ".repeat(50);
		FormPage.of(mvc.perform(post("/reviews/{id}/conflict", assignment).param("reason", tooLong)
				.with(user(reviewer)).with(csrf())).andReturn())
			.form("conflict")
			.showsError("reason", "This must be 2,000 characters or fewer")
			.keeps("reason", tooLong.strip());
		assertThat(reviews.mine(reviewer)).hasSize(1);
		mvc.perform(post("/reviews/{id}/conflict", assignment).param("reason", "").with(user(fixtures.aReviewer())).with(csrf()))
			.andExpect(status().isNotFound());
		// once the review is submitted the page has no conflict form: the refusal is said at the top of the page
		fixtures.review(reviewer, assignment, 3, 3);
		mvc.perform(post("/reviews/{id}/conflict", assignment).param("reason", "My sister teaches there")
				.with(user(reviewer)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You have already submitted this review")));
	}
}
