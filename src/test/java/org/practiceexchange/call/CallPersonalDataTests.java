package org.practiceexchange.call;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The subject access export holds the proposals a person leads or is named on, and their reviews. */
@IntegrationTest
class CallPersonalDataTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CallFixtures fixtures;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ProposalService proposals;

	@Test
	void theLeadTheNamedPractitionerAndTheReviewerEachSeeTheirOwnPartOnly() throws Exception {
		CallView call = fixtures.anOpenCall();
		CallFixtures.Partnership mine = fixtures.aPartnership();
		Long proposal = fixtures.aSubmittedProposal(mine, call);
		SignedInPerson named = accounts.aPerson(Role.PRACTITIONER, mine.leadOrganisation());
		ProposalView view = proposals.view(mine.lead(), proposal);
		CallFixtures.Partnership theirs = fixtures.aPartnership();
		Long theirProposal = fixtures.aCompleteProposal(theirs, call);
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		SignedInPerson reviewer = fixtures.aReviewer();
		Long assignment = fixtures.assign(manager, proposal, reviewer);
		fixtures.review(reviewer, assignment, 4, 3);
		SignedInPerson otherReviewer = fixtures.aReviewer();
		fixtures.review(otherReviewer, fixtures.assign(manager, proposal, otherReviewer), 1, 1);
		Long secondDraft = fixtures.aDraft(mine, call);
		proposals.addPractitioner(mine.lead(), secondDraft, new ProposalForms.NewPractitioner(named.name(),
				named.email().toUpperCase(java.util.Locale.ROOT), mine.leadOrganisation().id(), 3));

		mvc.perform(get("/api/me/export").with(user(mine.lead())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.proposals.led[*].id", contains(proposal.intValue(), secondDraft.intValue())))
			.andExpect(jsonPath("$.proposals.led[0].title").value(view.title()))
			.andExpect(jsonPath("$.proposals.led[0].aims").value("Improve maths teaching together"))
			.andExpect(jsonPath("$.proposals.reviews", empty()));
		mvc.perform(get("/api/me/export").with(user(theirs.lead())))
			.andExpect(jsonPath("$.proposals.led[*].id", contains(theirProposal.intValue())));
		mvc.perform(get("/api/me/export").with(user(named)))
			.andExpect(jsonPath("$.proposals.led", empty()))
			.andExpect(jsonPath("$.proposals.namedOn[*].proposalId", contains(secondDraft.intValue())))
			.andExpect(jsonPath("$.proposals.namedOn[0].releaseDays").value(3));
		mvc.perform(get("/api/me/export").with(user(reviewer)))
			.andExpect(jsonPath("$.proposals.led", empty()))
			.andExpect(jsonPath("$.proposals.reviews[*].id", contains(assignment.intValue())))
			.andExpect(jsonPath("$.proposals.reviews[0].overallComment").value("Overall"))
			.andExpect(jsonPath("$.proposals.reviews[0].scores[*].score", contains(4, 3)));
	}
}
