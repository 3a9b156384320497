package org.practiceexchange.call;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.call.CallFixtures.Partnership;
import org.practiceexchange.shared.ScrollRegions;
import org.springframework.beans.factory.annotation.Autowired;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reviewers with a conflict are marked before they are chosen; a decided call takes no more assignments. */
@IntegrationTest
class AssignmentRulesTests {

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
	ProposalService proposals;

	SignedInPerson manager() {
		return accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation());
	}

	@Test
	void reviewersWithAConflictAreMarkedAndCannotBeAssigned() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		Long id = fixtures.aSubmittedProposal(partnership, call);
		String title = proposals.view(partnership.lead(), id).title();
		SignedInPerson manager = manager();
		SignedInPerson fromAPartner = fixtures.aReviewer(partnership.partners().get(1));
		SignedInPerson declaring = fixtures.aReviewer();
		SignedInPerson free = fixtures.aReviewer();
		Long assignment = fixtures.assign(manager, id, declaring);
		reviews.declareConflict(declaring, assignment, "I mentored their lead last year");

		mvc.perform(get("/manage/calls/{id}", call.id()).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(fromAPartner.name() + " (conflict of interest: " + title + ")")))
			.andExpect(content().string(containsString(declaring.name() + " (conflict of interest: " + title + ")")))
			.andExpect(content().string(not(containsString(free.name() + " (conflict of interest"))));

		mvc.perform(post("/manage/calls/{id}/assignments", call.id()).param("proposalId", id.toString())
				.param("reviewerId", fromAPartner.id().toString()).with(user(manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"assign-reviewerId-error\"")))
			.andExpect(content().string(containsString("belongs to an organisation on this proposal")));
		mvc.perform(post("/manage/calls/{id}/assignments", call.id()).param("proposalId", id.toString())
				.param("reviewerId", declaring.id().toString()).with(user(manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"assign-reviewerId-error\"")))
			.andExpect(content().string(containsString("has declared a conflict of interest on this proposal")));
		assertThat(reviews.assignmentsOf(call.id())).hasSize(1);
	}

	@Test
	void theManagersCallPageHasItsWideTablesInFocusableLabelledScrollRegions() throws Exception {
		CallView call = fixtures.anOpenCall();
		Long id = fixtures.aSubmittedProposal(fixtures.aPartnership(), call);
		SignedInPerson manager = manager();
		fixtures.assign(manager, id, fixtures.aReviewer());

		String page = mvc.perform(get("/manage/calls/{id}", call.id()).with(user(manager)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		ScrollRegions.wrapped(page, "table:has(caption#ranking-caption)");
		ScrollRegions.wrapped(page, "table:has(caption#assignments-caption)");
	}

	@Test
	void aDecidedCallOffersNoAssignmentFormsAndRefusesThem() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		Long id = fixtures.aSubmittedProposal(partnership, call);
		SignedInPerson manager = manager();
		SignedInPerson reviewer = fixtures.aReviewer();
		mvc.perform(get("/manage/calls/{id}", call.id()).with(user(manager)))
			.andExpect(content().string(containsString("id=\"assign-form\"")));
		fixtures.pastTheDeadlineOf(call);
		decisions.decide(manager.id(), id, Decision.FUND, "Well argued.");
		decisions.release(call.id());

		mvc.perform(get("/manage/calls/{id}", call.id()).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"assign-form\""))))
			.andExpect(content().string(not(containsString("id=\"spread-form\""))))
			.andExpect(content().string(containsString("reviewers can no longer be assigned")));
		mvc.perform(post("/manage/calls/{id}/assignments", call.id()).param("proposalId", id.toString())
				.param("reviewerId", reviewer.id().toString()).with(user(manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("The decisions on this call have been released, so reviewers can no longer be assigned")));
		mvc.perform(post("/manage/calls/{id}/assignments/spread", call.id()).param("reviewersPerProposal", "2")
				.param("cap", "10").with(user(manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The decisions on this call have been released")));
		assertThatThrownBy(() -> reviews.assign(manager.id(), id, reviewer.id()))
			.hasMessageContaining("can no longer be assigned");
		assertThat(reviews.assignmentsOf(call.id())).isEmpty();
	}
}
