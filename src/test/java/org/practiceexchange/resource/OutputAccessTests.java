package org.practiceexchange.resource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.programme.ProgrammeFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every route of the outputs repository and cascade log, for a visitor and each role, including
 * someone else's unpublished output by id. 302 for a visitor is the redirect to sign in.
 */
@IntegrationTest
class OutputAccessTests {

	static final List<String> ROLES = List.of("visitor", "PRACTITIONER", "MENTOR", "PROVIDER_LEAD", "REVIEWER",
			"VALIDATOR", "PROGRAMME_MANAGER");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ResourceFixtures fixtures;

	@Autowired
	ProgrammeFixtures programmes;

	Map<String, SignedInPerson> people = new LinkedHashMap<>();

	Output published;

	Output unpublished;

	@BeforeEach
	void outputs() {
		for (String role : ROLES.subList(1, ROLES.size())) {
			people.put(role, accounts.aPerson(Role.valueOf(role), accounts.anOrganisation()));
		}
		SignedInPerson proposer = fixtures.practitioner();
		Long esol = programmes.themeId("ESOL");
		published = fixtures.published(proposer, fixtures.proposal(AccountFixtures.unique("Published"),
				OutputType.FRAMEWORK, Licence.CC_BY_4_0, null, 2019, List.of(esol), null), "Text");
		unpublished = fixtures.proposedBy(proposer, fixtures.proposal(AccountFixtures.unique("Unpublished"),
				OutputType.FRAMEWORK, Licence.CC_BY_4_0, null, 2019, List.of(esol), null), "Text");
	}

	@Test
	void publicPagesAndApiAnswerEveryone() throws Exception {
		Long file = published.files().get(0).id();
		expect(get("/outputs"), 200, 200, 200, 200, 200, 200, 200);
		expect(get("/outputs/{id}", published.id()), 200, 200, 200, 200, 200, 200, 200);
		expect(get("/outputs/{id}/files/{f}", published.id(), file), 200, 200, 200, 200, 200, 200, 200);
		expect(get("/api/resources"), 200, 200, 200, 200, 200, 200, 200);
		expect(get("/api/resources/{id}", published.id()), 200, 200, 200, 200, 200, 200, 200);
		expect(get("/oai").param("verb", "Identify"), 200, 200, 200, 200, 200, 200, 200);
	}

	@Test
	void someoneElsesUnpublishedOutputIsNotFoundExceptForManagers() throws Exception {
		Long file = unpublished.files().get(0).id();
		expect(get("/outputs/{id}", unpublished.id()), 404, 404, 404, 404, 404, 404, 200);
		expect(get("/outputs/{id}/files/{f}", unpublished.id(), file), 404, 404, 404, 404, 404, 404, 200);
		expect(get("/api/resources/{id}", unpublished.id()), 404, 404, 404, 404, 404, 404, 200);
		expect(get("/outputs/{id}", 987654321L), 404, 404, 404, 404, 404, 404, 404);
	}

	@Test
	void onlyApproversDecideOnAProposedOutput() throws Exception {
		expect(post("/outputs/{id}/send-back", unpublished.id()).param("note", "Add the tutor notes").with(csrf()),
				302, 404, 404, 404, 404, 404, 302);
		assertThat(fixtures.view(unpublished.id()).status()).isEqualTo(OutputStatus.RETURNED);
		expect(post("/outputs/{id}/approve", published.id()).with(csrf()), 302, 403, 403, 403, 403, 403, 302);
	}

	@Test
	void practitionersAndLeadsProposeOutputs() throws Exception {
		expect(get("/my/outputs"), 302, 200, 403, 200, 403, 403, 403);
		expect(get("/my/outputs/new"), 302, 200, 403, 200, 403, 403, 403);
		expect(post("/my/outputs/new").with(csrf()), 302, 200, 403, 200, 403, 403, 403);
		expect(post("/my/outputs/{id}/files", unpublished.id()).with(csrf()), 302, 404, 403, 404, 403, 403, 403);
		expect(get("/my/outputs/{id}/edit", unpublished.id()), 302, 404, 403, 404, 403, 403, 403);
		expect(post("/my/outputs/{id}/edit", unpublished.id()).with(csrf()), 302, 404, 403, 404, 403, 403, 403);
	}

	@Test
	void managersAndValidatorsSeeOutputsAwaitingApproval() throws Exception {
		expect(get("/approvals/outputs"), 302, 403, 403, 403, 403, 200, 200);
		expect(get("/manage/outputs/approvers"), 302, 403, 403, 403, 403, 403, 200);
		expect(get("/manage/outputs/export.csv"), 302, 403, 403, 403, 403, 403, 200);
		expect(get("/manage/outputs/export.xlsx"), 302, 403, 403, 403, 403, 403, 200);
		expect(get("/manage/outputs/approvers/{id}", programmes.aProgramme(
				org.practiceexchange.programme.ProgrammeModel.EXCHANGE_GROUP, List.of()).id()), 302, 403, 403, 403, 403, 403, 200);
	}

	@Test
	void participantsKeepACascadeLogAndManagersSeeReach() throws Exception {
		expect(get("/my/cascade"), 302, 200, 403, 403, 403, 403, 403);
		expect(get("/my/cascade.csv"), 302, 200, 403, 403, 403, 403, 403);
		expect(post("/my/cascade").with(csrf()), 302, 200, 403, 403, 403, 403, 403);
		expect(get("/manage/cascade"), 302, 403, 403, 403, 403, 403, 200);
		expect(get("/manage/cascade.csv"), 302, 403, 403, 403, 403, 403, 200);
		expect(get("/manage/cascade/reach.csv"), 302, 403, 403, 403, 403, 403, 200);
	}

	private void expect(MockHttpServletRequestBuilder request, int... statuses) throws Exception {
		for (int i = 0; i < ROLES.size(); i++) {
			String role = ROLES.get(i);
			MockHttpServletRequestBuilder call = i == 0 ? request : request.with(user(people.get(role)));
			int status = mvc.perform(call).andReturn().getResponse().getStatus();
			assertThat(status).as(role + " " + request.buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI())
				.isEqualTo(statuses[i]);
		}
	}
}
