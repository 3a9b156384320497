package org.practiceexchange.call;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.programme.ProgrammeFixtures;
import org.practiceexchange.programme.ProgrammeModel;
import org.practiceexchange.programme.ProgrammeSummary;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A programme manager publishes a call; visitors see open and past calls with their terms. */
@IntegrationTest
class CallPublishingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ProgrammeFixtures programmes;

	@Autowired
	CallService calls;

	@Autowired
	CallFixtures fixtures;

	@Test
	void aManagerPublishesACallWithWeightedCriteriaAndLondonTimes() throws Exception {
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation());
		ProgrammeSummary programme = programmes.aProgramme(ProgrammeModel.COLLABORATIVE_JPD, List.of());
		String title = AccountFixtures.unique("Summer call");
		String location = mvc.perform(post("/manage/calls/new").with(user(manager)).with(csrf())
				.param("programmeId", programme.id().toString()).param("title", title)
				.param("description", "Partnerships improving English").param("eligibility", "Colleges and providers")
				.param("guidance", "Read the JPD guide first").param("minimumPartners", "2").param("capacity", "18")
				.param("budgetPerProject", "30000").param("scoreMax", "5")
				.param("opensAt", "2027-06-01T09:00").param("closesAt", "2027-06-30T17:00")
				.param("criteria", "Quality of the plan | 60\nValue for money | 40"))
			.andExpect(redirectedUrlPattern("/manage/calls/*"))
			.andReturn().getResponse().getRedirectedUrl();
		Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
		CallView draft = calls.find(id);
		assertThat(draft.status()).isEqualTo(CallStatus.DRAFT);
		assertThat(draft.closesAt()).hasToString("2027-06-30T16:00:00Z");
		assertThat(draft.criteria()).extracting(FundingCall.Criterion::weight).containsExactly(60, 40);
		mvc.perform(get("/calls")).andExpect(content().string(not(containsString(title))));
		mvc.perform(post("/manage/calls/{id}/publish", id).with(user(manager)).with(csrf()));
		mvc.perform(get("/calls"))
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("Opens soon")));
		mvc.perform(get("/calls/{id}", id))
			.andExpect(content().string(containsString("30 June 2027, 5:00pm")))
			.andExpect(content().string(containsString("Quality of the plan")))
			.andExpect(content().string(containsString("18 projects")))
			.andExpect(content().string(containsString("Up to £30,000")))
			.andExpect(content().string(containsString("This call opens at 1 June 2027, 9:00am")));
		mvc.perform(get("/manage/calls/{id}/edit", id).with(user(manager))).andExpect(status().isOk());
		mvc.perform(post("/manage/calls/{id}/edit", id).with(user(manager)).with(csrf())
				.param("programmeId", programme.id().toString()).param("title", title).param("description", "Changed")
				.param("minimumPartners", "2").param("capacity", "18").param("budgetPerProject", "30000").param("scoreMax", "5")
				.param("opensAt", "2027-06-01T09:00").param("closesAt", "2027-06-30T17:00").param("criteria", "Quality | 1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A published call&#39;s terms cannot change")));
	}

	@Test
	void brokenCriteriaAndAClosingTimeBeforeOpeningAreShownOnTheForm() throws Exception {
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation());
		ProgrammeSummary programme = programmes.aProgramme(ProgrammeModel.COLLABORATIVE_JPD, List.of());
		mvc.perform(post("/manage/calls/new").with(user(manager)).with(csrf())
				.param("programmeId", programme.id().toString()).param("title", "Broken").param("description", "d")
				.param("minimumPartners", "2").param("capacity", "1").param("budgetPerProject", "1").param("scoreMax", "5")
				.param("opensAt", "2027-06-01T09:00").param("closesAt", "2027-06-30T17:00").param("criteria", "No weight here"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Line 1: write the criterion, a bar and its weight")));
		mvc.perform(post("/manage/calls/new").with(user(manager)).with(csrf())
				.param("programmeId", programme.id().toString()).param("title", "Backwards").param("description", "d")
				.param("minimumPartners", "2").param("capacity", "1").param("budgetPerProject", "1").param("scoreMax", "5")
				.param("opensAt", "2027-06-30T09:00").param("closesAt", "2027-06-01T17:00").param("criteria", "A | 1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The closing time must be after the opening time")));
	}

	@Test
	void visitorsSeeOpenAndPastCallsAndOnlyProviderLeadsAreOfferedToBid() throws Exception {
		CallView open = fixtures.anOpenCall();
		mvc.perform(get("/calls")).andExpect(content().string(containsString(open.title())));
		mvc.perform(get("/calls/{id}", open.id()))
			.andExpect(content().string(containsString("Sign in as a provider lead to bid")))
			.andExpect(content().string(not(containsString("/proposals/new"))));
		CallFixtures.Partnership partnership = fixtures.aPartnership();
		Long ours = fixtures.aDraft(partnership, open);
		mvc.perform(get("/calls/{id}", open.id()).with(user(partnership.lead())))
			.andExpect(content().string(containsString("/calls/" + open.id() + "/proposals/new")))
			.andExpect(content().string(containsString("href=\"/proposals/" + ours + "\"")));
		fixtures.pastTheDeadlineOf(open);
		mvc.perform(get("/calls")).andExpect(content().string(containsString(open.title())));
		mvc.perform(get("/calls/{id}", open.id()).with(user(fixtures.aPartnership().lead())))
			.andExpect(content().string(containsString("Nothing more can be submitted to it")))
			.andExpect(content().string(not(containsString("/proposals/new"))));
	}
}
