package org.practiceexchange.call;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.call.CallFixtures.Partnership;
import org.practiceexchange.shared.web.ApiDocument;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every status the OpenAPI document lists for starting and submitting a proposal is provoked through
 * a real request, and each one the requests get is listed (201, 400, 401, 403, 404, 409, 422).
 */
@IntegrationTest
class ProposalApiDocumentTests {

	private static final String START = "/api/calls/{id}/proposals";

	private static final String SUBMIT = "/api/proposals/{id}/submit";

	@Autowired
	MockMvc mvc;

	@Autowired
	CallFixtures fixtures;

	@Autowired
	AccountFixtures accounts;

	@Test
	void startingAProposalGivesEveryStatusTheDocumentLists() throws Exception {
		ApiDocument document = ApiDocument.served(mvc);
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		SignedInPerson practitioner = accounts.aPerson(Role.PRACTITIONER, partnership.leadOrganisation());
		String body = "{\"title\":\"Maths together\",\"partnerOrganisationIds\":[" + partnership.partnerIds().get(0) + "]}";

		MvcResult created = assertStatus(document, START,
				json(post(START, call.id()).with(user(partnership.lead())).with(csrf()), body), 201);
		assertThat(created.getResponse().getHeader("Location")).startsWith("/api/proposals/");
		assertThat(document.operation("post", START).node().at("/responses/201/headers/Location").isMissingNode()).isFalse();
		assertStatus(document, START, json(post(START, call.id()).with(csrf()), body), 401);
		assertStatus(document, START, json(post(START, call.id()).with(user(practitioner)).with(csrf()), body), 403);
		assertStatus(document, START, json(post(START, call.id()).with(user(partnership.lead())), body), 403);
		assertStatus(document, START, json(post(START, call.id()).with(user(partnership.lead())).with(csrf()), "{"), 400);
		assertStatus(document, START, json(post(START, 999_999).with(user(partnership.lead())).with(csrf()), body), 404);
		fixtures.pastTheDeadlineOf(call);
		assertStatus(document, START, json(post(START, call.id()).with(user(partnership.lead())).with(csrf()), body), 409);
		assertThat(document.operation("post", START).statuses())
			.containsExactlyInAnyOrder("201", "400", "401", "403", "404", "409");
	}

	@Test
	void submittingAProposalGivesEveryStatusTheDocumentLists() throws Exception {
		ApiDocument document = ApiDocument.served(mvc);
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		Long draft = fixtures.aDraft(partnership, call);
		Long complete = fixtures.aCompleteProposal(partnership, call);

		assertStatus(document, SUBMIT, post(SUBMIT, draft).with(user(partnership.lead())).with(csrf()), 422);
		assertStatus(document, SUBMIT, post(SUBMIT, complete).with(user(partnership.lead())).with(csrf()), 200);
		assertStatus(document, SUBMIT, post(SUBMIT, complete).with(user(partnership.lead())).with(csrf()), 409);
		assertStatus(document, SUBMIT, post(SUBMIT, complete).with(csrf()), 401);
		assertStatus(document, SUBMIT, post(SUBMIT, complete).with(user(partnership.lead())), 403);
		assertStatus(document, SUBMIT, post(SUBMIT, 999_999).with(user(partnership.lead())).with(csrf()), 404);
		assertStatus(document, SUBMIT, post(SUBMIT, "abc").with(user(partnership.lead())).with(csrf()), 400);
		assertThat(document.operation("post", SUBMIT).statuses())
			.containsExactlyInAnyOrder("200", "400", "401", "403", "404", "409", "422");
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder call, String body) {
		return call.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private MvcResult assertStatus(ApiDocument document, String path, MockHttpServletRequestBuilder call, int expected)
			throws Exception {
		MvcResult result = mvc.perform(call).andReturn();
		assertThat(result.getResponse().getStatus()).as("POST " + path).isEqualTo(expected);
		document.assertLists("post", path, result);
		return result;
	}
}
