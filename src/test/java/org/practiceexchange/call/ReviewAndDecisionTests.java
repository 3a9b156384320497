package org.practiceexchange.call;

import java.math.BigDecimal;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.TestMailServer;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.call.CallFixtures.Partnership;
import org.practiceexchange.shared.DomainRuleException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Assignment with conflicts of interest, scoring, ranking, moderation, decisions and the funded project. */
@IntegrationTest
@RecordApplicationEvents
class ReviewAndDecisionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CallFixtures fixtures;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ReviewService reviews;

	@Autowired
	DecisionService decisions;

	@Autowired
	GreenMail greenMail;

	@Autowired
	ApplicationEvents events;

	SignedInPerson manager() {
		return accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation());
	}

	@Test
	void aReviewerFromAnOrganisationOnTheProposalIsNeverAssignedIt() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		Long id = fixtures.aSubmittedProposal(partnership, call);
		SignedInPerson manager = manager();
		SignedInPerson conflicted = fixtures.aReviewer(partnership.partners().get(0));
		mvc.perform(post("/manage/calls/{c}/assignments", call.id()).param("proposalId", id.toString())
				.param("reviewerId", conflicted.id().toString()).with(user(manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"assign-reviewerId-error\"")))
			.andExpect(content().string(containsString("cannot review it")));
		assertThat(reviews.mine(conflicted)).isEmpty();
		reviews.spread(manager.id(), call.id(), 50, 50);
		assertThat(reviews.mine(conflicted)).isEmpty();
	}

	@Test
	void spreadingGivesEachSubmittedProposalItsReviewersWithoutExceedingTheCap() {
		CallView call = fixtures.anOpenCall();
		List<Long> proposals = List.of(fixtures.aSubmittedProposal(fixtures.aPartnership(), call),
				fixtures.aSubmittedProposal(fixtures.aPartnership(), call),
				fixtures.aSubmittedProposal(fixtures.aPartnership(), call));
		fixtures.aDraft(fixtures.aPartnership(), call);
		fixtures.aReviewer();
		fixtures.aReviewer();
		SignedInPerson manager = manager();
		assertThat(reviews.spread(manager.id(), call.id(), 2, 3)).isZero();
		proposals.forEach(id -> assertThat(reviews.ranking(call.id()).stream()
			.filter(row -> row.proposalId().equals(id)).findFirst().orElseThrow().assigned()).isEqualTo(2));
		List<ReviewService.AssignmentRow> rows = reviews.assignmentsOf(call.id());
		assertThat(rows).hasSize(6);
		assertThat(rows.stream().collect(java.util.stream.Collectors.groupingBy(ReviewService.AssignmentRow::reviewerName,
				java.util.stream.Collectors.counting())).values()).allMatch(count -> count <= 3);
		assertThat(reviews.spread(manager.id(), call.id(), 2, 3)).as("each already has two").isZero();
		assertThat(reviews.assignmentsOf(call.id())).hasSize(6);
	}

	@Test
	void reviewersSeeOnlyTheirOwnReviewUntilTheySubmit() throws Exception {
		CallView call = fixtures.anOpenCall();
		Long id = fixtures.aSubmittedProposal(fixtures.aPartnership(), call);
		SignedInPerson manager = manager();
		SignedInPerson first = fixtures.aReviewer();
		SignedInPerson second = fixtures.aReviewer();
		Long firstAssignment = fixtures.assign(manager, id, first);
		Long secondAssignment = fixtures.assign(manager, id, second);
		fixtures.review(first, firstAssignment, 5, 3);
		mvc.perform(get("/reviews/{id}", secondAssignment).with(user(second)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Comment on 5"))))
			.andExpect(content().string(containsString("Submit the review")));
		mvc.perform(get("/reviews/{id}", firstAssignment).with(user(second))).andExpect(status().isNotFound());
		mvc.perform(post("/reviews/{id}", secondAssignment).with(user(second)).with(csrf())
				.param("scores", "4", "4").param("comments", "Good plan", "Fair cost").param("recommendation", "FUND"))
			.andExpect(redirectedUrl("/reviews/" + secondAssignment));
		mvc.perform(get("/reviews/{id}", secondAssignment).with(user(second)))
			.andExpect(content().string(containsString("Comment on 5")))
			.andExpect(content().string(containsString("weighted score 4.20")));
		assertThatThrownBy(() -> fixtures.review(second, secondAssignment, 1, 1)).isInstanceOf(DomainRuleException.class);
	}

	@Test
	void aReviewNeedsEveryCriterionScoredOnTheScaleWithAComment() throws Exception {
		CallView call = fixtures.anOpenCall();
		Long id = fixtures.aSubmittedProposal(fixtures.aPartnership(), call);
		SignedInPerson reviewer = fixtures.aReviewer();
		Long assignment = fixtures.assign(manager(), id, reviewer);
		mvc.perform(post("/reviews/{id}", assignment).with(user(reviewer)).with(csrf())
				.param("scores", "9", "4").param("comments", "Too high", "Fine").param("recommendation", "FUND"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Each score must be from 1 to 5")));
		mvc.perform(post("/reviews/{id}", assignment).with(user(reviewer)).with(csrf())
				.param("scores", "3", "").param("comments", "One", "").param("recommendation", "FUND"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Score every criterion")));
	}

	@Test
	void declaringAConflictRemovesTheAssignmentAndTheProposal() throws Exception {
		CallView call = fixtures.anOpenCall();
		Long id = fixtures.aSubmittedProposal(fixtures.aPartnership(), call);
		SignedInPerson manager = manager();
		SignedInPerson reviewer = fixtures.aReviewer();
		Long assignment = fixtures.assign(manager, id, reviewer);
		mvc.perform(get("/api/proposals/{id}", id).with(user(reviewer))).andExpect(status().isOk());
		mvc.perform(post("/reviews/{id}/conflict", assignment).with(user(reviewer)).with(csrf()).param("reason", "My sister teaches there"))
			.andExpect(redirectedUrl("/my/reviews"));
		assertThat(reviews.mine(reviewer)).isEmpty();
		mvc.perform(get("/reviews/{id}", assignment).with(user(reviewer))).andExpect(status().isNotFound());
		mvc.perform(get("/api/proposals/{id}", id).with(user(reviewer))).andExpect(status().isNotFound());
		assertThat(reviews.assignmentsOf(call.id())).anySatisfy(row -> assertThat(row.conflictReason()).isEqualTo("My sister teaches there"));
		assertThatThrownBy(() -> reviews.assign(manager.id(), id, reviewer.id())).isInstanceOf(DomainRuleException.class);
	}

	@Test
	void theManagerRanksByWeightedScoreWithSpreadAndModeratesWithAReason() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership strongPartnership = fixtures.aPartnership();
		Long strong = fixtures.aSubmittedProposal(strongPartnership, call);
		Long weak = fixtures.aSubmittedProposal(fixtures.aPartnership(), call);
		SignedInPerson manager = manager();
		SignedInPerson a = fixtures.aReviewer();
		SignedInPerson b = fixtures.aReviewer();
		fixtures.review(a, fixtures.assign(manager, strong, a), 5, 5);
		fixtures.review(b, fixtures.assign(manager, strong, b), 3, 2);
		fixtures.review(a, fixtures.assign(manager, weak, a), 2, 2);
		List<Ranking.Row> ranking = reviews.ranking(call.id());
		assertThat(ranking).extracting(Ranking.Row::proposalId).containsExactly(strong, weak);
		assertThat(ranking.get(0).meanScore()).isEqualByComparingTo("3.80");
		assertThat(ranking.get(0).spread()).isEqualByComparingTo("2.40");
		assertThat(ranking.get(0).reviews()).isEqualTo(2);
		mvc.perform(post("/manage/calls/{c}/proposals/{p}/moderation", call.id(), weak).param("score", "4.5").param("reason", "")
				.with(user(manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"moderation-" + weak + "-reason-error\"")))
			.andExpect(content().string(containsString("value=\"4.5\"")));
		mvc.perform(post("/manage/calls/{c}/proposals/{p}/moderation", call.id(), weak).param("score", "4.5")
				.param("reason", "The second reader missed the evaluation plan").with(user(manager)).with(csrf()))
			.andExpect(flash().attributeExists("flash"));
		assertThat(reviews.ranking(call.id())).extracting(Ranking.Row::proposalId).containsExactly(weak, strong);
		mvc.perform(get("/manage/calls/{id}", call.id()).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The second reader missed the evaluation plan")))
			.andExpect(content().string(containsString("3.80")))
			.andExpect(content().string(containsString("2.40")));
		mvc.perform(get("/proposals/{id}", strong).with(user(manager)))
			.andExpect(content().string(containsString(a.name() + ": weighted score 5.00, recommends Fund")))
			.andExpect(content().string(containsString("Comment on 2")));
		mvc.perform(get("/proposals/{id}", strong).with(user(strongPartnership.lead())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Comment on 2"))))
			.andExpect(content().string(not(containsString(a.name()))));
	}

	@Test
	void decisionsWaitForTheDeadlineAndFundOnlyUpToTheCallsCapacity() {
		CallView call = fixtures.anOpenCall(2, 1);
		Long first = fixtures.aSubmittedProposal(fixtures.aPartnership(), call);
		Long second = fixtures.aSubmittedProposal(fixtures.aPartnership(), call);
		SignedInPerson manager = manager();
		assertThatThrownBy(() -> decisions.decide(manager.id(), first, Decision.FUND, null))
			.hasMessageContaining("after the call closes");
		fixtures.pastTheDeadlineOf(call);
		decisions.decide(manager.id(), first, Decision.FUND, null);
		assertThatThrownBy(() -> decisions.decide(manager.id(), second, Decision.FUND, null))
			.isInstanceOf(DomainRuleException.class).hasMessageContaining("can fund 1 projects");
		decisions.decide(manager.id(), second, Decision.RESERVE, null);
		assertThatThrownBy(() -> decisions.moderate(manager.id(), second, new BigDecimal("7"), "Off the scale"))
			.hasMessageContaining("from 1 to 5");
	}

	@Test
	void releasingDecisionsEmailsApplicantsWithFeedbackAndTurnsTheFundedProposalIntoAProject() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership funded = fixtures.aPartnership();
		Partnership declined = fixtures.aPartnership();
		Long fundedId = fixtures.aSubmittedProposal(funded, call);
		Long declinedId = fixtures.aSubmittedProposal(declined, call);
		SignedInPerson manager = manager();
		fixtures.pastTheDeadlineOf(call);
		mvc.perform(post("/manage/calls/{c}/proposals/{p}/decision", call.id(), fundedId).param("decision", "FUND")
				.param("feedback", "A convincing partnership.").with(user(manager)).with(csrf()))
			.andExpect(flash().attributeExists("flash"));
		mvc.perform(post("/manage/calls/{c}/release", call.id()).with(user(manager)).with(csrf()))
			.andExpect(flash().attribute("problem", containsString("1 submitted proposal has no decision yet")));
		mvc.perform(post("/manage/calls/{c}/proposals/{p}/decision", call.id(), declinedId).param("decision", "DECLINE")
				.param("feedback", "Outcomes were not measurable.").with(user(manager)).with(csrf()))
			.andExpect(flash().attributeExists("flash"));
		mvc.perform(get("/api/proposals/{id}", declinedId).with(user(declined.lead())))
			.andExpect(content().string(not(containsString("Outcomes were not measurable."))));
		mvc.perform(post("/manage/calls/{c}/release", call.id()).with(user(manager)).with(csrf()))
			.andExpect(flash().attributeExists("flash"));

		Message fundedMail = TestMailServer.awaitMessage(greenMail, funded.lead().email(), "Decision on your proposal");
		assertThat(TestMailServer.body(fundedMail)).contains("has been funded").contains("A convincing partnership.");
		TestMailServer.awaitMessage(greenMail, funded.partnerLeads().get(1).email(), "Decision on your proposal");
		Message declinedMail = TestMailServer.awaitMessage(greenMail, declined.lead().email(), "Decision on your proposal");
		assertThat(TestMailServer.body(declinedMail)).contains("not been funded").contains("Outcomes were not measurable.");
		mvc.perform(get("/proposals/{id}", declinedId).with(user(declined.lead())))
			.andExpect(content().string(containsString("Outcomes were not measurable.")));

		List<ProposalFunded> announced = events.stream(ProposalFunded.class).toList();
		assertThat(announced).hasSize(1);
		ProposalFunded event = announced.get(0);
		assertThat(event.proposalId()).isEqualTo(fundedId);
		assertThat(event.callId()).isEqualTo(call.id());
		assertThat(event.programmeId()).isEqualTo(call.programmeId());
		assertThat(event.leadOrganisationId()).isEqualTo(funded.leadOrganisation().id());
		assertThat(event.leadPersonId()).isEqualTo(funded.lead().id());
		assertThat(event.partnerOrganisationIds()).containsExactlyElementsOf(funded.partnerIds());
		assertThat(event.themeId()).isNotNull();
		assertThat(event.practitioners()).singleElement().satisfies(p -> {
			assertThat(p.name()).isEqualTo("Pat Practitioner");
			assertThat(p.releaseDays()).isEqualTo(5);
			assertThat(p.organisationId()).isEqualTo(funded.leadOrganisation().id());
		});
		assertThat(event.validator().organisation()).isEqualTo("University of Somewhere");
		assertThat(event.validator().contactName()).isEqualTo("Val Idator");

		// once released, the page has no decision form for it: the refusal is said at the top of the page
		mvc.perform(post("/manage/calls/{c}/proposals/{p}/decision", call.id(), declinedId).param("decision", "FUND")
				.with(user(manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The decision has been released and cannot change")));
	}
}
