package org.practiceexchange.call;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.call.CallFixtures.Partnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The API the acceptance check relies on: its shapes and statuses are promises. */
@IntegrationTest
class ProposalApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CallFixtures fixtures;

	@Autowired
	AccountFixtures accounts;

	@Test
	void visitorListsPublishedCallsWithIdTitleStatusAndClosingTimeButNotDrafts() throws Exception {
		CallView open = fixtures.anOpenCall();
		CallView draft = fixtures.aDraftCall();
		mvc.perform(get("/api/calls"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + open.id() + ")].title").value(hasItem(open.title())))
			.andExpect(jsonPath("$[?(@.id == " + open.id() + ")].status").value(hasItem("OPEN")))
			.andExpect(jsonPath("$[?(@.id == " + open.id() + ")].closes").exists())
			.andExpect(jsonPath("$[*].id").value(not(hasItem(draft.id().intValue()))));
		mvc.perform(get("/api/calls/{id}", draft.id())).andExpect(status().isNotFound());
	}

	@Test
	void theCallEndpointsAreDescribedInTheOpenApiDocument() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/calls/{id}/proposals")))
			.andExpect(content().string(containsString("/api/proposals/{id}/submit")));
	}

	@Test
	void providerLeadStartsAProposalWithPartnersAndPractitionerCannot() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		String body = "{\"title\":\"Maths together\",\"partnerOrganisationIds\":[" + partnership.partnerIds().get(0) + ","
				+ partnership.partnerIds().get(1) + "]}";
		mvc.perform(post("/api/calls/{id}/proposals", call.id()).with(user(partnership.lead())).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.id").isNumber());
		SignedInPerson practitioner = accounts.aPerson(Role.PRACTITIONER, partnership.leadOrganisation());
		mvc.perform(post("/api/calls/{id}/proposals", call.id()).with(user(practitioner)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/calls/{id}/proposals", call.id()).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void submittingAnIncompleteProposalNamesWhatIsMissing() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		Long id = fixtures.aDraft(partnership, call);
		mvc.perform(post("/api/proposals/{id}/submit", id).with(user(partnership.lead())).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("partners")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("validator")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("practitioners")))
			.andExpect(jsonPath("$.detail").value(containsString("not yet confirmed")));
	}

	@Test
	void submissionNeedsEveryPartnerToConfirm() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		Long id = fixtures.aDraft(partnership, call);
		fixtures.completeWithoutConfirmations(partnership, id);
		mvc.perform(post("/api/proposals/{id}/submit", id).with(user(partnership.lead())).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].message").value("2 partner organisations have not yet confirmed"))
			.andExpect(jsonPath("$.errors[1].message").value(containsString("at least 2 confirmed partner")));
	}

	@Test
	void aSubmittedProposalCannotBeEditedInPlace() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		Long id = fixtures.aCompleteProposal(partnership, call);
		mvc.perform(post("/api/proposals/{id}/submit", id).with(user(partnership.lead())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.submissions.length()").value(1));
		mvc.perform(put("/api/proposals/{id}", id).with(user(partnership.lead())).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Changed after submission\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("cannot be edited")));
		mvc.perform(post("/api/proposals/{id}/submit", id).with(user(partnership.lead())).with(csrf()))
			.andExpect(status().isConflict());
	}

	@Test
	void nothingCanBeSubmittedAfterTheDeadlineOnTheServersClock() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		Long id = fixtures.aCompleteProposal(partnership, call);
		fixtures.pastTheDeadlineOf(call);
		mvc.perform(post("/api/proposals/{id}/submit", id).with(user(partnership.lead())).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("closed at its deadline")));
		mvc.perform(get("/proposals/{id}", id).with(user(partnership.lead())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing more can be submitted or withdrawn")))
			.andExpect(content().string(not(containsString("action=\"/proposals/" + id + "/submit\""))));
		mvc.perform(get("/calls/{id}", call.id()))
			.andExpect(content().string(containsString("Nothing more can be submitted to it")));
		mvc.perform(post("/api/calls/{id}/proposals", call.id()).with(user(partnership.lead())).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Too late\",\"partnerOrganisationIds\":[]}"))
			.andExpect(status().isConflict());
	}

	@Test
	void withdrawingBeforeTheDeadlineAndResubmittingLeavesATrace() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		Long id = fixtures.aSubmittedProposal(partnership, call);
		SignedInPerson partnerLead = partnership.partnerLeads().get(0);
		mvc.perform(post("/api/proposals/{id}/withdraw", id).with(user(partnerLead)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.submissions[0].withdrawnByName").value(partnerLead.name()));
		mvc.perform(put("/api/proposals/{id}", id).with(user(partnership.lead())).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Revised title\",\"themeId\":null}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Revised title"));
		mvc.perform(post("/api/proposals/{id}/submit", id).with(user(partnership.lead())).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("themeId"));
		mvc.perform(get("/api/proposals/{id}", id).with(user(partnership.lead())))
			.andExpect(jsonPath("$.submissions.length()").value(1))
			.andExpect(jsonPath("$.submissions[0].snapshot").value(containsString("Title: ")))
			.andExpect(jsonPath("$.submissions[0].snapshot").value(not(containsString("Revised title"))));
		fixtures.pastTheDeadlineOf(call);
		mvc.perform(post("/api/proposals/{id}/withdraw", id).with(user(partnership.lead())).with(csrf()))
			.andExpect(status().isConflict());
	}

	@Test
	void resubmissionAddsASecondRecordAndWithdrawalAfterTheDeadlineIsRefused() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		Long id = fixtures.aSubmittedProposal(partnership, call);
		mvc.perform(post("/api/proposals/{id}/withdraw", id).with(user(partnership.lead())).with(csrf()))
			.andExpect(status().isOk());
		mvc.perform(post("/api/proposals/{id}/submit", id).with(user(partnership.lead())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.submissions.length()").value(2))
			.andExpect(jsonPath("$.submissions[0].withdrawnAt").exists())
			.andExpect(jsonPath("$.submissions[1].withdrawnAt").doesNotExist());
		fixtures.pastTheDeadlineOf(call);
		mvc.perform(post("/api/proposals/{id}/withdraw", id).with(user(partnership.lead())).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("can no longer be withdrawn")));
	}

	@Test
	void onlyPeopleOnTheProposalAssignedReviewersAndManagersCanOpenIt() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		Long id = fixtures.aSubmittedProposal(partnership, call);
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation());
		SignedInPerson assigned = fixtures.aReviewer();
		fixtures.assign(manager, id, assigned);
		SignedInPerson unassigned = fixtures.aReviewer();
		SignedInPerson conflicted = fixtures.aReviewer(partnership.partners().get(1));
		SignedInPerson otherLead = fixtures.aPartnership().lead();
		for (SignedInPerson allowed : List.of(partnership.lead(), partnership.partnerLeads().get(0), manager, assigned)) {
			mvc.perform(get("/api/proposals/{id}", id).with(user(allowed))).andExpect(status().isOk())
				.andExpect(jsonPath("$.id").value(id));
		}
		for (SignedInPerson outsider : List.of(unassigned, conflicted, otherLead,
				accounts.aPerson(Role.PRACTITIONER, partnership.leadOrganisation()),
				accounts.aPerson(Role.MENTOR, accounts.anOrganisation()),
				accounts.aPerson(Role.VALIDATOR, accounts.anOrganisation()))) {
			mvc.perform(get("/api/proposals/{id}", id).with(user(outsider)))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		mvc.perform(get("/api/proposals/{id}", id)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/proposals/{id}", 987654321L).with(user(manager))).andExpect(status().isNotFound());
	}

	@Test
	void partnersThatHaveNotConfirmedCannotEditAndOthersCannotSubmit() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		Long id = fixtures.aDraft(partnership, call);
		mvc.perform(put("/api/proposals/{id}", id).with(user(partnership.partnerLeads().get(0))).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Not yet a co-writer\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/proposals/{id}/submit", id).with(user(fixtures.aPartnership().lead())).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/proposals/{id}", id).with(user(partnership.lead())).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
	}
}
