package org.practiceexchange.call;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.Mailbox;
import org.practiceexchange.ReceivedMail;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.notification.Delivery;
import org.practiceexchange.notification.NotificationChoices;
import org.practiceexchange.notification.NotificationKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A reviewer hears, as REVIEW_ASSIGNMENT, that a proposal has been given to them or taken off them. */
@IntegrationTest
class ReviewHandOffTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CallFixtures fixtures;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ProposalService proposals;

	@Autowired
	ReviewService reviews;

	@Autowired
	Mailbox mailbox;

	@Autowired
	NotificationChoices notifications;

	record Round(CallView call, Long proposal, String title, SignedInPerson manager) {
	}

	private Round aRound() {
		CallView call = fixtures.anOpenCall();
		CallFixtures.Partnership partnership = fixtures.aPartnership();
		Long proposal = fixtures.aSubmittedProposal(partnership, call);
		return new Round(call, proposal, proposals.view(partnership.lead(), proposal).title(),
				accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation()));
	}

	private Long assignOnThePage(Round round, SignedInPerson reviewer) throws Exception {
		mvc.perform(post("/manage/calls/{id}/assignments", round.call().id()).with(user(round.manager())).with(csrf())
			.param("proposalId", round.proposal().toString()).param("reviewerId", reviewer.id().toString()))
			.andExpect(redirectedUrl("/manage/calls/" + round.call().id()));
		return reviews.mine(reviewer).stream().filter(a -> a.proposalId().equals(round.proposal())).findFirst().orElseThrow().id();
	}

	@Test
	void anAssignedReviewerIsToldTheProposalTheDeadlineAndWhereToReview() throws Exception {
		Round round = aRound();
		SignedInPerson reviewer = fixtures.aReviewer();

		Long assignment = assignOnThePage(round, reviewer);

		ReceivedMail mail = mailbox.awaitMessage(reviewer.email(), "A proposal to review: " + round.title());
		assertThat(mail.body()).contains(reviewer.name()).contains(round.call().title())
			.contains("Review deadline: There is no fixed review date on this call")
			.contains("before the programme manager releases the call\u2019s decisions");
		assertThat(mail.hasLinkTo("/reviews/" + assignment)).isTrue();
		mvc.perform(get(mail.link("/reviews/" + assignment)).with(user(reviewer))).andExpect(status().isOk())
			.andExpect(content().string(containsString(round.title())));
	}

	@Test
	void reviewersSpreadEvenlyAreToldToo() throws Exception {
		Round round = aRound();
		mvc.perform(post("/manage/calls/{id}/assignments/spread", round.call().id()).with(user(round.manager())).with(csrf())
			.param("reviewersPerProposal", "1").param("cap", "1000"))
			.andExpect(redirectedUrl("/manage/calls/" + round.call().id()));
		ReviewAssignment given = reviewsOf(round).get(0);
		String email = people.find(given.reviewerId()).orElseThrow().email();
		ReceivedMail mail = mailbox.awaitMessage(email, "A proposal to review: " + round.title());
		assertThat(mail.hasLinkTo("/reviews/" + given.id())).isTrue();
	}

	@Test
	void theManagerTakesAProposalOffAReviewerWhoIsTold() throws Exception {
		Round round = aRound();
		SignedInPerson reviewer = fixtures.aReviewer();
		Long assignment = assignOnThePage(round, reviewer);

		mvc.perform(get("/manage/calls/{id}", round.call().id()).with(user(round.manager())))
			.andExpect(content().string(containsString("/manage/calls/" + round.call().id() + "/assignments/" + assignment + "/remove")));
		mvc.perform(post("/manage/calls/{id}/assignments/{a}/remove", round.call().id(), assignment).with(user(reviewer)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/manage/calls/{id}/assignments/{a}/remove", fixtures.anOpenCall().id(), assignment)
			.with(user(round.manager())).with(csrf()))
			.andExpect(status().isNotFound());

		mvc.perform(post("/manage/calls/{id}/assignments/{a}/remove", round.call().id(), assignment).with(user(round.manager()))
			.with(csrf()))
			.andExpect(redirectedUrl("/manage/calls/" + round.call().id()))
			.andExpect(flash().attribute("flash", "The assignment has been removed and the reviewer has been told."));

		ReceivedMail mail = mailbox.awaitMessage(reviewer.email(), "No longer yours to review: " + round.title());
		assertThat(mail.body()).contains(round.call().title()).contains("no longer need to review it");
		assertThat(mail.hasLinkTo("/my/reviews")).isTrue();
		mvc.perform(get("/reviews/{id}", assignment).with(user(reviewer))).andExpect(status().isNotFound());
		assertThat(reviews.mine(reviewer)).isEmpty();
	}

	@Test
	void aSubmittedReviewStays() throws Exception {
		Round round = aRound();
		SignedInPerson reviewer = fixtures.aReviewer();
		Long assignment = assignOnThePage(round, reviewer);
		fixtures.review(reviewer, assignment, 4, 3);

		mvc.perform(post("/manage/calls/{id}/assignments/{a}/remove", round.call().id(), assignment).with(user(round.manager()))
			.with(csrf()))
			.andExpect(redirectedUrl("/manage/calls/" + round.call().id()))
			.andExpect(flash().attribute("problem", "This review has been submitted, so it stays with the proposal"));
		assertThat(reviews.mine(reviewer)).singleElement().extracting(ReviewService.AssignmentView::status)
			.isEqualTo(AssignmentStatus.SUBMITTED);
		assertThat(mailbox.messagesTo(reviewer.email())).noneMatch(m -> m.subject().startsWith("No longer yours"));
	}

	@Test
	void withAssignmentsOffNothingComesAndInTheDigestTheyComeOnceADay() throws Exception {
		Round round = aRound();
		SignedInPerson quiet = fixtures.aReviewer();
		SignedInPerson gathered = fixtures.aReviewer();
		NotificationChoices.choose(mvc, quiet, NotificationKind.REVIEW_ASSIGNMENT, Delivery.OFF);
		NotificationChoices.choose(mvc, gathered, NotificationKind.REVIEW_ASSIGNMENT, Delivery.DAILY_DIGEST);

		assignOnThePage(round, quiet);
		Long held = assignOnThePage(round, gathered);
		mvc.perform(post("/manage/calls/{id}/assignments/{a}/remove", round.call().id(), held).with(user(round.manager()))
			.with(csrf())).andExpect(redirectedUrl("/manage/calls/" + round.call().id()));
		assertThat(mailbox.messagesTo(quiet.email())).isEmpty();
		assertThat(mailbox.messagesTo(gathered.email())).isEmpty();

		notifications.sendDigestNow();
		ReceivedMail digest = mailbox.awaitMessage(gathered.email(), "Your Practice Exchange digest: 2 updates");
		assertThat(digest.body()).contains("A proposal to review: " + round.title())
			.contains("No longer yours to review: " + round.title());
		assertThat(digest.hasLinkTo("/reviews/" + held)).isTrue();
		assertThat(mailbox.messagesTo(quiet.email())).isEmpty();
	}

	@Test
	void theKindIsOnThePreferencesPage() throws Exception {
		mvc.perform(get("/account/notifications").with(user(fixtures.aReviewer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"REVIEW_ASSIGNMENT-DAILY_DIGEST\"")))
			.andExpect(content().string(containsString("Proposals given to you to review, or taken off you")));
	}

	@Autowired
	AssignmentRepository assignments;

	@Autowired
	org.practiceexchange.account.People people;

	private java.util.List<ReviewAssignment> reviewsOf(Round round) {
		return assignments.findByProposalId(round.proposal());
	}
}
