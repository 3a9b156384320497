package org.practiceexchange.call;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.call.CallFixtures.Partnership;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each budget line names the organisation that spends it and its kind of cost; the proposal shows the totals
 * of each, and a total over the call's budget for a project is refused at submission, on the page and in the API.
 */
@IntegrationTest
class ProposalBudgetTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CallFixtures fixtures;

	@Autowired
	ProposalService proposals;

	@Test
	void linesNameWhoSpendsThemAndWhatOnAndTheProposalTotalsEach() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		Long id = fixtures.aDraft(partnership, call);
		Long lead = partnership.leadOrganisation().id();
		Long partner = partnership.partnerIds().get(0);
		addLine(partnership, id, "Supply cover", "2500", lead, "STAFF_TIME");
		addLine(partnership, id, "Cover at the partner", "1500", partner, "STAFF_TIME");
		addLine(partnership, id, "Train fares", "300", partner, "TRAVEL");

		mvc.perform(get("/api/proposals/{id}", id).with(user(partnership.lead())))
			.andExpect(jsonPath("$.budgetTotal").value(4300))
			.andExpect(jsonPath("$.budgetLimit").value(30000))
			.andExpect(jsonPath("$.budgetLines[2].organisationId").value(partner))
			.andExpect(jsonPath("$.budgetLines[2].category").value("TRAVEL"))
			.andExpect(jsonPath("$.budgetByPartner[0].organisationId").value(lead))
			.andExpect(jsonPath("$.budgetByPartner[0].amount").value(2500))
			.andExpect(jsonPath("$.budgetByPartner[1].organisationId").value(partner))
			.andExpect(jsonPath("$.budgetByPartner[1].amount").value(1800))
			.andExpect(jsonPath("$.budgetByPartner.length()").value(2))
			.andExpect(jsonPath("$.budgetByCategory[0].category").value("STAFF_TIME"))
			.andExpect(jsonPath("$.budgetByCategory[0].amount").value(4000))
			.andExpect(jsonPath("$.budgetByCategory[1].category").value("TRAVEL"))
			.andExpect(jsonPath("$.budgetByCategory[1].amount").value(300));
		String page = mvc.perform(get("/proposals/{id}", id).with(user(partnership.lead())))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Totals by organisation", "Totals by kind of cost", "Staff time and release cover",
				"£1,800", "£4,000", "This call funds up to £30,000 for each project.");
		String byPartner = page.substring(page.indexOf("id=\"budget-by-partner\""), page.indexOf("id=\"budget-by-category\""));
		assertThat(byPartner).contains(partnership.partners().get(0).name()).doesNotContain(partnership.partners().get(1).name());

		// the partner spending money cannot be taken off while its lines are there
		mvc.perform(post("/proposals/{id}/partner-organisations/{org}/remove", id, partner).with(user(partnership.lead())).with(csrf()))
			.andExpect(flash().attribute("problem", "Remove this partner's budget lines first"));
	}

	@Test
	void aLineWithoutItsOrganisationOrKindOfCostComesBackWithAMessageByEachField() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		Long id = fixtures.aDraft(partnership, call);
		mvc.perform(post("/proposals/{id}/budget", id).with(user(partnership.lead())).with(csrf())
				.param("description", "Printing").param("amount", "120"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"spentBy-error\"")))
			.andExpect(content().string(containsString("Choose the organisation that spends this")))
			.andExpect(content().string(containsString("id=\"category-error\"")))
			.andExpect(content().string(containsString("Choose the kind of cost")))
			.andExpect(content().string(containsString("value=\"Printing\"")));
		mvc.perform(post("/proposals/{id}/budget", id).with(user(partnership.lead())).with(csrf())
				.param("description", "Printing").param("amount", "120")
				.param("spentBy", fixtures.aPartnership().leadOrganisation().id().toString()).param("category", "MATERIALS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the lead or one of the partner organisations")));
		assertThat(proposals.view(partnership.lead(), id).budgetLines()).isEmpty();
	}

	@Test
	void aBudgetOverTheCallsLimitIsRefusedAtSubmissionOnThePageAndInTheApi() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		Long id = fixtures.aCompleteProposal(partnership, call);
		// the fixture's £20,000 of release time, and £12,500 more: £2,500 over the call's £30,000
		addLine(partnership, id, "Dissemination event", "12500", partnership.partnerIds().get(1), "DISSEMINATION");
		String over = "The budget totals £32,500, more than the £30,000 this call funds for each project: reduce it by £2,500";

		mvc.perform(get("/proposals/{id}", id).with(user(partnership.lead())))
			.andExpect(content().string(containsString("id=\"budget-over\"")))
			.andExpect(content().string(containsString("The budget is £2,500 over the call&#39;s limit")));
		mvc.perform(post("/proposals/{id}/submit", id).with(user(partnership.lead())).with(csrf()))
			.andExpect(redirectedUrl("/proposals/" + id))
			.andExpect(flash().attribute("problem", "The proposal cannot be submitted yet."))
			.andExpect(flash().attribute("missing", java.util.List.of(new ProposalIncompleteException.Missing("budget", over))));
		mvc.perform(post("/api/proposals/{id}/submit", id).with(user(partnership.lead())).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("budget"))
			.andExpect(jsonPath("$.errors[0].message").value(over));
		assertThat(proposals.view(partnership.lead(), id).status()).isEqualTo(ProposalStatus.DRAFT);

		mvc.perform(post("/proposals/{id}/budget/1/remove", id).with(user(partnership.lead())).with(csrf()))
			.andExpect(redirectedUrl("/proposals/" + id + "/edit"));
		mvc.perform(post("/api/proposals/{id}/submit", id).with(user(partnership.lead())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
	}

	private void addLine(Partnership partnership, Long id, String description, String amount, Long organisationId,
			String category) throws Exception {
		mvc.perform(post("/proposals/{id}/budget", id).with(user(partnership.lead())).with(csrf())
				.param("description", description).param("amount", amount)
				.param("spentBy", organisationId.toString()).param("category", category))
			.andExpect(redirectedUrl("/proposals/" + id + "/edit"));
	}
}
