package org.practiceexchange.call;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.TestClock;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.call.CallFixtures.Partnership;
import org.practiceexchange.programme.ProgrammeFixtures;
import org.practiceexchange.programme.ProgrammeModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A call carries guidance for bidders (on the call and proposal pages) and, apart from it, guidance for
 * reviewers (on the review form only). Bidders never see the reviewers' guidance, so the manager may change it
 * after publishing, until the decisions are released.
 */
@IntegrationTest
class ReviewerGuidanceTests {

	static final String BIDDERS = "Read the programme handbook before you bid.";

	static final String REVIEWERS = "Score the partnership on evidence in the proposal, not on reputation.";

	@Autowired
	MockMvc mvc;

	@Autowired
	CallFixtures fixtures;

	@Autowired
	CallService calls;

	@Autowired
	DecisionService decisions;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ProgrammeFixtures programmes;

	@Autowired
	TestClock clock;

	@Test
	void biddersSeeTheirGuidanceAndReviewersTheirsWhichTheManagerChangesAfterPublishing() throws Exception {
		CallView call = aPublishedCallWithBiddersGuidance();
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation());
		mvc.perform(get("/manage/calls/{id}", call.id()).with(user(manager)))
			.andExpect(content().string(containsString("id=\"reviewerGuidance-form\"")));
		mvc.perform(post("/manage/calls/{id}/reviewer-guidance", call.id()).param("reviewerGuidance", REVIEWERS)
				.with(user(manager)).with(csrf()))
			.andExpect(redirectedUrl("/manage/calls/" + call.id()));
		mvc.perform(get("/manage/calls/{id}", call.id()).with(user(manager)))
			.andExpect(content().string(containsString(REVIEWERS)));

		Partnership partnership = fixtures.aPartnership();
		Long id = fixtures.aSubmittedProposal(partnership, call);
		SignedInPerson reviewer = fixtures.aReviewer();
		Long assignment = fixtures.assign(manager, id, reviewer);
		mvc.perform(get("/reviews/{id}", assignment).with(user(reviewer)))
			.andExpect(content().string(containsString("Guidance for reviewers")))
			.andExpect(content().string(containsString(REVIEWERS)));

		mvc.perform(get("/proposals/{id}", id).with(user(partnership.lead())))
			.andExpect(content().string(containsString("Guidance from the call")))
			.andExpect(content().string(containsString(BIDDERS)))
			.andExpect(content().string(not(containsString(REVIEWERS))));
		mvc.perform(get("/calls/{id}", call.id()))
			.andExpect(content().string(containsString(BIDDERS)))
			.andExpect(content().string(not(containsString(REVIEWERS))));
		mvc.perform(get("/api/calls/{id}", call.id()))
			.andExpect(content().string(not(containsString(REVIEWERS))));
		mvc.perform(get("/api/proposals/{id}", id).with(user(partnership.lead())))
			.andExpect(content().string(containsString(BIDDERS)))
			.andExpect(content().string(not(containsString(REVIEWERS))));
	}

	@Test
	void overlongGuidanceComesBackByItsFieldAndAfterTheReleaseItNoLongerChanges() throws Exception {
		CallView call = fixtures.anOpenCall();
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation());
		mvc.perform(post("/manage/calls/{id}/reviewer-guidance", call.id()).param("reviewerGuidance", "x".repeat(4001))
				.with(user(manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reviewerGuidance-error\"")));

		Long id = fixtures.aSubmittedProposal(fixtures.aPartnership(), call);
		fixtures.pastTheDeadlineOf(call);
		decisions.decide(manager.id(), id, Decision.FUND, "Clear plan.");
		decisions.release(call.id());
		mvc.perform(get("/manage/calls/{id}", call.id()).with(user(manager)))
			.andExpect(content().string(not(containsString("id=\"reviewerGuidance-form\""))));
		mvc.perform(post("/manage/calls/{id}/reviewer-guidance", call.id()).param("reviewerGuidance", REVIEWERS)
				.with(user(manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The decisions on this call have been released, so reviewing is over")));
		org.assertj.core.api.Assertions.assertThat(calls.reviewerGuidance(call.id())).isNull();
	}

	private CallView aPublishedCallWithBiddersGuidance() {
		Instant now = clock.instant();
		Long programmeId = programmes.aProgramme(ProgrammeModel.COLLABORATIVE_JPD, List.of()).id();
		CallView call = calls.create(new CallForm(programmeId, null, AccountFixtures.unique("Call"), "A call for tests",
				"Providers", BIDDERS, 2, 2, 30000L, 5, CallFixtures.london(now.minus(Duration.ofDays(1))),
				CallFixtures.london(now.plus(Duration.ofDays(7))), CallFixtures.CRITERIA));
		return calls.publish(call.id());
	}
}
