package org.practiceexchange.call;

import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.TestMailServer;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.call.CallFixtures.Partnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The lead changes who the partners are while the proposal is a draft, with the same invitations by e-mail. */
@IntegrationTest
class PartnerChangesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CallFixtures fixtures;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ProposalService proposals;

	@Autowired
	GreenMail greenMail;

	@Test
	void aProposalStartedWithOnePartnerGainsASecondOneAndIsSubmitted() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		Long id = proposals.start(partnership.lead(), call.id(),
				new ProposalForms.Start("Started with one", List.of(partnership.partnerIds().get(0)), null));
		fixtures.completeWithoutConfirmations(partnership, id);
		proposals.respond(partnership.partnerLeads().get(0), id, partnership.partnerIds().get(0), true);
		mvc.perform(get("/proposals/{id}", id).with(user(partnership.lead())))
			.andExpect(content().string(containsString("This call needs at least 2 confirmed partner organisations")));
		mvc.perform(get("/proposals/{id}/edit", id).with(user(partnership.lead())))
			.andExpect(content().string(containsString("Add a partner organisation")))
			.andExpect(content().string(containsString(partnership.partners().get(1).name())));

		mvc.perform(post("/proposals/{id}/partner-organisations", id).with(user(partnership.lead())).with(csrf())
				.param("partnerOrganisationId", partnership.partnerIds().get(1).toString()))
			.andExpect(redirectedUrl("/proposals/" + id + "/edit"));
		String invitation = TestMailServer.body(TestMailServer.awaitMessage(greenMail,
				partnership.partnerLeads().get(1).email(), "Partner invitation: Started with one"));
		assertThat(invitation).contains("/proposals/" + id).contains(partnership.leadOrganisation().name());

		mvc.perform(post("/proposals/{id}/partners/{org}", id, partnership.partnerIds().get(1)).param("answer", "confirm")
				.with(user(partnership.partnerLeads().get(1))).with(csrf()))
			.andExpect(redirectedUrl("/proposals/" + id));
		mvc.perform(post("/proposals/{id}/submit", id).with(user(partnership.lead())).with(csrf()))
			.andExpect(redirectedUrl("/proposals/" + id));
		assertThat(proposals.view(partnership.lead(), id).status()).isEqualTo(ProposalStatus.SUBMITTED);
	}

	@Test
	void removingAnInvitedPartnerWithdrawsItsInvitation() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		Long id = fixtures.aDraft(partnership, call);
		Long second = partnership.partnerIds().get(1);
		mvc.perform(post("/proposals/{id}/partner-organisations/{org}/remove", id, second).with(user(partnership.lead()))
				.with(csrf()))
			.andExpect(redirectedUrl("/proposals/" + id + "/edit"))
			.andExpect(flash().attribute("flash", containsString("removed")));
		String notice = TestMailServer.body(TestMailServer.awaitMessage(greenMail,
				partnership.partnerLeads().get(1).email(), "Partner removed"));
		assertThat(notice).contains("invitation to " + partnership.partners().get(1).name() + " has been withdrawn");
		assertThat(proposals.view(partnership.lead(), id).partners()).extracting(ProposalView.PartnerView::organisationId)
			.containsExactly(partnership.partnerIds().get(0));
		// The invitation is gone: the partner's lead can no longer answer it, nor see the proposal.
		mvc.perform(get("/proposals/{id}", id).with(user(partnership.partnerLeads().get(1)))).andExpect(status().isNotFound());
		mvc.perform(post("/proposals/{id}/partners/{org}", id, second).param("answer", "confirm")
				.with(user(partnership.partnerLeads().get(1))).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void badChoicesComeBackBesideTheField() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		Long id = fixtures.aDraft(partnership, call);
		mvc.perform(post("/proposals/{id}/partner-organisations", id).with(user(partnership.lead())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the partner organisation")))
			.andExpect(content().string(containsString("id=\"partnerOrganisationId-error\"")));
		mvc.perform(post("/proposals/{id}/partner-organisations", id).with(user(partnership.lead())).with(csrf())
				.param("partnerOrganisationId", partnership.leadOrganisation().id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The lead organisation cannot also be a partner")));
		mvc.perform(post("/proposals/{id}/partner-organisations", id).with(user(partnership.lead())).with(csrf())
				.param("partnerOrganisationId", partnership.partnerIds().get(0).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("already a partner")));
	}

	@Test
	void onlyTheLeadOrganisationChangesThePartners() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		Long id = fixtures.aDraft(partnership, call);
		proposals.respond(partnership.partnerLeads().get(0), id, partnership.partnerIds().get(0), true);
		// A confirmed partner co-writes, but does not choose the other partners.
		mvc.perform(get("/proposals/{id}/edit", id).with(user(partnership.partnerLeads().get(0))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Add a partner organisation"))));
		mvc.perform(post("/proposals/{id}/partner-organisations/{org}/remove", id, partnership.partnerIds().get(1))
				.with(user(partnership.partnerLeads().get(0))).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/proposals/{id}/partners/{org}", id, partnership.partnerIds().get(1))
				.with(user(partnership.partnerLeads().get(0))).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theApiAddsAndRemovesPartnersOnADraft() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		Long id = proposals.start(partnership.lead(), call.id(),
				new ProposalForms.Start("Via the API", List.of(partnership.partnerIds().get(0)), null));
		mvc.perform(post("/api/proposals/{id}/partners", id).with(user(partnership.lead())).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"partnerOrganisationId\":" + partnership.partnerIds().get(1) + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.partners.length()").value(2))
			.andExpect(jsonPath("$.partners[1].status").value("INVITED"));
		TestMailServer.awaitMessage(greenMail, partnership.partnerLeads().get(1).email(), "Partner invitation: Via the API");
		mvc.perform(delete("/api/proposals/{id}/partners/{org}", id, partnership.partnerIds().get(0))
				.with(user(partnership.lead())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.partners.length()").value(1));
		TestMailServer.awaitMessage(greenMail, partnership.partnerLeads().get(0).email(), "Partner removed: Via the API");
	}

	@Test
	void afterSubmissionThePartnersAreFixed() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		Long id = fixtures.aSubmittedProposal(partnership, call);
		Long another = accounts.anOrganisation().id();
		mvc.perform(post("/proposals/{id}/partner-organisations", id).with(user(partnership.lead())).with(csrf())
				.param("partnerOrganisationId", another.toString()))
			.andExpect(redirectedUrl("/proposals/" + id))
			.andExpect(flash().attribute("problem", containsString("cannot be edited")));
		mvc.perform(post("/proposals/{id}/partner-organisations/{org}/remove", id, partnership.partnerIds().get(0))
				.with(user(partnership.lead())).with(csrf()))
			.andExpect(redirectedUrl("/proposals/" + id))
			.andExpect(flash().attribute("problem", containsString("cannot be edited")));
		mvc.perform(post("/api/proposals/{id}/partners", id).with(user(partnership.lead())).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"partnerOrganisationId\":" + another + "}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("cannot be edited")));
		mvc.perform(delete("/api/proposals/{id}/partners/{org}", id, partnership.partnerIds().get(0))
				.with(user(partnership.lead())).with(csrf()))
			.andExpect(status().isConflict());
		assertThat(proposals.view(partnership.lead(), id).partners()).hasSize(2);
	}
}
