package org.practiceexchange.call;

import java.time.Duration;
import java.time.Instant;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.TestClock;
import org.practiceexchange.TestMailServer;
import org.practiceexchange.call.CallFixtures.Partnership;
import org.practiceexchange.shared.web.UkTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Partners are invited by e-mail, confirm their part, then co-write the draft without overwriting one another. */
@IntegrationTest
class CoWritingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CallFixtures fixtures;

	@Autowired
	ProposalService proposals;

	@Autowired
	GreenMail greenMail;

	@Autowired
	TestClock clock;

	@Autowired
	UkTime ukTime;

	@Test
	void partnersAreInvitedByEmailAndTheProposalShowsWhoHasConfirmed() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		mvc.perform(post("/calls/{id}/proposals/new", call.id()).with(user(partnership.lead())).with(csrf())
				.param("title", "Fractions across three settings")
				.param("partnerOrganisationIds", partnership.partnerIds().get(0).toString(), partnership.partnerIds().get(1).toString()))
			.andExpect(redirectedUrlPattern("/proposals/*"));
		Long id = proposals.mine(partnership.lead()).get(0).id();
		String invitation = TestMailServer.body(TestMailServer.awaitMessage(greenMail,
				partnership.partnerLeads().get(0).email(), "Partner invitation: Fractions across three settings"));
		assertThat(invitation).contains("/proposals/" + id).contains(partnership.leadOrganisation().name());
		TestMailServer.awaitMessage(greenMail, partnership.partnerLeads().get(1).email(), "Partner invitation");

		mvc.perform(get("/my/proposals").with(user(partnership.partnerLeads().get(0))))
			.andExpect(content().string(containsString("Fractions across three settings")))
			.andExpect(content().string(containsString("Waiting for your answer")));
		mvc.perform(post("/proposals/{id}/partners/{org}", id, partnership.partnerIds().get(0)).param("answer", "confirm")
				.with(user(partnership.partnerLeads().get(0))).with(csrf()))
			.andExpect(redirectedUrl("/proposals/" + id));
		mvc.perform(post("/proposals/{id}/partners/{org}", id, partnership.partnerIds().get(1)).param("answer", "decline")
				.with(user(partnership.partnerLeads().get(1))).with(csrf()))
			.andExpect(redirectedUrl("/proposals/" + id));
		TestMailServer.awaitMessage(greenMail, partnership.lead().email(), "Partner confirmed");
		TestMailServer.awaitMessage(greenMail, partnership.lead().email(), "Partner declined");
		mvc.perform(get("/proposals/{id}", id).with(user(partnership.lead())))
			.andExpect(content().string(containsString("Confirmed")))
			.andExpect(content().string(containsString("Declined")))
			.andExpect(content().string(containsString(partnership.partnerLeads().get(0).name())))
			.andExpect(content().string(containsString("This call needs at least 2 confirmed partner organisations")));
		mvc.perform(get("/proposals/{id}/edit", id).with(user(partnership.partnerLeads().get(0)))).andExpect(status().isOk());
		mvc.perform(get("/proposals/{id}/edit", id).with(user(partnership.partnerLeads().get(1)))).andExpect(status().isForbidden());
	}

	@Test
	void twoPeopleSavingTheSameSectionDoNotSilentlyOverwriteEachOther() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		Long id = fixtures.aCompleteProposal(partnership, call);
		ProposalView opened = proposals.view(partnership.lead(), id);
		Instant partnerSaves = call.opensAt().plus(Duration.ofHours(2));
		clock.setInstant(partnerSaves);
		mvc.perform(post("/proposals/{id}/details", id).with(user(partnership.partnerLeads().get(0))).with(csrf())
				.param("title", opened.title()).param("aims", "The partner's aims").param("outcomes", "Partner outcomes")
				.param("themeId", opened.themeId().toString()).param("version", String.valueOf(opened.detailsVersion())))
			.andExpect(redirectedUrl("/proposals/" + id + "/edit"));
		clock.setInstant(partnerSaves.plus(Duration.ofMinutes(5)));
		mvc.perform(post("/proposals/{id}/details", id).with(user(partnership.lead())).with(csrf())
				.param("title", opened.title()).param("aims", "The lead's aims").param("outcomes", "Lead outcomes")
				.param("themeId", opened.themeId().toString()).param("version", String.valueOf(opened.detailsVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(partnership.partnerLeads().get(0).name() + " saved this section at "
					+ ukTime.dateTime(partnerSaves))))
			.andExpect(content().string(containsString("The lead&#39;s aims")))
			.andExpect(content().string(containsString("The partner&#39;s aims")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + (opened.detailsVersion() + 1) + "\"")));
		assertThat(proposals.view(partnership.lead(), id).aims()).isEqualTo("The partner's aims");

		mvc.perform(post("/proposals/{id}/validator", id).with(user(partnership.lead())).with(csrf())
				.param("organisation", "Another university").param("contactName", "Dr Check")
				.param("contactEmail", "check@example.org").param("version", String.valueOf(opened.validatorVersion())))
			.andExpect(redirectedUrl("/proposals/" + id + "/edit"));
		mvc.perform(get("/proposals/{id}", id).with(user(partnership.partnerLeads().get(1))))
			.andExpect(content().string(containsString("Last edited by " + partnership.lead().name() + " on "
					+ ukTime.dateTime(partnerSaves.plus(Duration.ofMinutes(5))))))
			.andExpect(content().string(containsString("Another university")));
	}

	@Test
	void theApiRefusesAStaleSectionVersionWithAConflict() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		Long id = fixtures.aCompleteProposal(partnership, call);
		int version = proposals.view(partnership.lead(), id).detailsVersion();
		String body = "{\"title\":\"First\",\"version\":" + version + "}";
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/proposals/{id}", id)
				.with(user(partnership.partnerLeads().get(0))).with(csrf())
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/proposals/{id}", id)
				.with(user(partnership.lead())).with(csrf())
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(body.replace("First", "Second")))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else saved this section")));
		assertThat(proposals.view(partnership.lead(), id).title()).isEqualTo("First");
	}

	@Test
	void practitionersAndBudgetLinesAreAddedAndRemovedWithErrorsShownBesideTheirFields() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		Long id = fixtures.aDraft(partnership, call);
		mvc.perform(post("/proposals/{id}/practitioners", id).with(user(partnership.lead())).with(csrf())
				.param("name", "Robin").param("email", "robin@example.org")
				.param("organisationId", fixtures.aPartnership().leadOrganisation().id().toString()).param("releaseDays", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the lead or one of the partner organisations")));
		mvc.perform(post("/proposals/{id}/practitioners", id).with(user(partnership.lead())).with(csrf())
				.param("name", "Robin").param("email", "not-an-address")
				.param("organisationId", partnership.leadOrganisation().id().toString()).param("releaseDays", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Release days must be from 1 to 100")))
			.andExpect(content().string(containsString("Enter an e-mail address like name@example.org")));
		mvc.perform(post("/proposals/{id}/practitioners", id).with(user(partnership.lead())).with(csrf())
				.param("name", "Robin").param("email", "robin@example.org")
				.param("organisationId", partnership.partnerIds().get(0).toString()).param("releaseDays", "6"))
			.andExpect(redirectedUrl("/proposals/" + id + "/edit"));
		mvc.perform(post("/proposals/{id}/budget", id).with(user(partnership.lead())).with(csrf())
				.param("description", "Supply cover").param("amount", "2500")
				.param("spentBy", partnership.leadOrganisation().id().toString()).param("category", "STAFF_TIME"))
			.andExpect(redirectedUrl("/proposals/" + id + "/edit"));
		mvc.perform(get("/proposals/{id}/edit", id).with(user(partnership.lead())))
			.andExpect(content().string(containsString("6 release days")))
			.andExpect(content().string(containsString("Supply cover: £2,500")));
		mvc.perform(post("/proposals/{id}/budget/0/remove", id).with(user(partnership.lead())).with(csrf()))
			.andExpect(redirectedUrl("/proposals/" + id + "/edit"));
		mvc.perform(post("/proposals/{id}/budget/0/remove", id).with(user(partnership.lead())).with(csrf()))
			.andExpect(redirectedUrl("/proposals/" + id + "/edit"))
			.andExpect(flash().attribute("problem", containsString("That line is no longer there")));
		mvc.perform(get("/proposals/{id}/edit", id).with(user(partnership.lead())))
			.andExpect(content().string(not(containsString("Supply cover"))));
	}
}
