package org.practiceexchange.call;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.TestMailServer;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.call.CallFixtures.Partnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The manager's call actions through the JSON API: deadline extended, call closed early, a funded
 * proposal withdrawn and a reserve promoted; refused rules as problem details, the wrong person
 * 403, unknown records 404. And end to end: a funded proposal's project closes when it withdraws.
 */
@IntegrationTest
class CallManagementApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CallFixtures fixtures;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	DecisionService decisions;

	@Autowired
	CallDeadlines deadlines;

	@Autowired
	ProposalService proposals;

	@Autowired
	GreenMail greenMail;

	@Autowired
	JdbcTemplate jdbc;

	ResultActions postJson(SignedInPerson as, String path, String body, Object... ids) throws Exception {
		return mvc.perform(post(path, ids).with(user(as)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	SignedInPerson aManager() {
		return accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation());
	}

	@Test
	void aManagerExtendsTheDeadlineAndTheReasonIsKept() throws Exception {
		CallView call = fixtures.anOpenCall();
		SignedInPerson manager = aManager();
		postJson(manager, "/api/calls/{id}/deadline", "{\"deadline\":\"2099-03-31T17:00\",\"reason\":\"Providers asked for time after the strike\"}", call.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(call.id()))
			.andExpect(jsonPath("$.closesAt").value("2099-03-31T16:00:00Z"))
			.andExpect(jsonPath("$.status").value("OPEN"));
		assertThat(deadlines.history(call.id())).singleElement().satisfies(change -> {
			assertThat(change.kind()).isEqualTo(CallChange.Kind.EXTENDED);
			assertThat(change.reason()).isEqualTo("Providers asked for time after the strike");
		});
	}

	@Test
	void aDeadlineInThePastIs422NamingTheFieldAndAMissingReason400() throws Exception {
		CallView call = fixtures.anOpenCall();
		SignedInPerson manager = aManager();
		postJson(manager, "/api/calls/{id}/deadline", "{\"deadline\":\"2020-01-01T17:00\",\"reason\":\"Too late\"}", call.id())
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("deadline"))
			.andExpect(jsonPath("$.detail").value("The new deadline must be in the future"));
		postJson(manager, "/api/calls/{id}/deadline", "{\"deadline\":\"2099-01-01T17:00\",\"reason\":\"\"}", call.id())
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		assertThat(deadlines.history(call.id())).isEmpty();
	}

	@Test
	void onlyAManagerChangesTheDeadlineAndAnUnknownCallIs404() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		String body = "{\"deadline\":\"2099-01-01T17:00\",\"reason\":\"Why not\"}";
		postJson(partnership.lead(), "/api/calls/{id}/deadline", body, call.id()).andExpect(status().isForbidden());
		postJson(partnership.lead(), "/api/calls/{id}/close-early", "{\"reason\":\"Why not\"}", call.id()).andExpect(status().isForbidden());
		postJson(aManager(), "/api/calls/{id}/deadline", body, 987654321L)
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(deadlines.history(call.id())).isEmpty();
	}

	@Test
	void aManagerClosesACallEarlyOnceAndThenItIs409() throws Exception {
		CallView call = fixtures.anOpenCall();
		SignedInPerson manager = aManager();
		postJson(manager, "/api/calls/{id}/close-early", "{\"reason\":\"The budget was cut\"}", call.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"));
		postJson(manager, "/api/calls/{id}/close-early", "{\"reason\":\"Again\"}", call.id())
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("The call has closed, so its deadline can no longer change"));
		assertThat(deadlines.history(call.id())).singleElement()
			.satisfies(change -> assertThat(change.kind()).isEqualTo(CallChange.Kind.CLOSED_EARLY));
	}

	record Round(CallView call, SignedInPerson manager, Partnership funded, Long fundedId, Long reserveId, SignedInPerson member) {
	}

	/** A call funding one, in a cohort: one funded (naming a practitioner with an account), one in reserve, released. */
	Round aReleasedRound() {
		CallView call = fixtures.anOpenCallWithACohort(2, 1);
		Partnership funded = fixtures.aPartnership();
		Long fundedId = fixtures.aCompleteProposal(funded, call);
		SignedInPerson member = accounts.aPerson(Role.PRACTITIONER, funded.leadOrganisation());
		proposals.addPractitioner(funded.lead(), fundedId, new ProposalForms.NewPractitioner("Mo Member", member.email(),
				funded.leadOrganisation().id(), 4));
		proposals.submit(funded.lead(), fundedId);
		Long reserveId = fixtures.aSubmittedProposal(fixtures.aPartnership(), call);
		SignedInPerson manager = aManager();
		fixtures.pastTheDeadlineOf(call);
		decisions.decide(manager.id(), fundedId, Decision.FUND, "A strong plan");
		decisions.decide(manager.id(), reserveId, Decision.RESERVE, null);
		decisions.release(call.id());
		return new Round(call, manager, funded, fundedId, reserveId, member);
	}

	@Test
	void theWrongPersonIsRefusedAndUnknownOrMismatchedIdsAre404() throws Exception {
		Round round = aReleasedRound();
		String reason = "{\"reason\":\"We cannot go ahead\"}";
		// a partner's provider lead sees the proposal but may not withdraw it
		postJson(round.funded().partnerLeads().get(0), "/api/calls/{c}/proposals/{p}/funding-withdrawal", reason,
				round.call().id(), round.fundedId()).andExpect(status().isForbidden());
		// another organisation's lead may not know the proposal exists
		postJson(fixtures.aPartnership().lead(), "/api/calls/{c}/proposals/{p}/funding-withdrawal", reason,
				round.call().id(), round.fundedId()).andExpect(status().isNotFound());
		postJson(round.funded().lead(), "/api/calls/{c}/proposals/{p}/promotion", "{}", round.call().id(), round.reserveId())
			.andExpect(status().isForbidden());
		CallView other = fixtures.anOpenCall();
		postJson(round.manager(), "/api/calls/{c}/proposals/{p}/promotion", "{}", other.id(), round.reserveId())
			.andExpect(status().isNotFound());
		postJson(round.manager(), "/api/calls/{c}/proposals/{p}/funding-withdrawal", reason, round.call().id(), 987654321L)
			.andExpect(status().isNotFound());
		postJson(round.manager(), "/api/calls/{c}/proposals/{p}/funding-withdrawal", reason, 987654321L, round.fundedId())
			.andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select funding_withdrawn_at is null from proposal where id = ?", Boolean.class,
				round.fundedId())).isTrue();
	}

	@Test
	void aReserveIsRefused409WhileEveryPlaceIsFundedAndPromotedAfterAWithdrawal() throws Exception {
		Round round = aReleasedRound();
		postJson(round.manager(), "/api/calls/{c}/proposals/{p}/promotion", "{}", round.call().id(), round.reserveId())
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("can fund 1 projects and 1 are funded")));

		postJson(round.funded().lead(), "/api/calls/{c}/proposals/{p}/funding-withdrawal", "{\"reason\":\"Our lead practitioner has left\"}",
				round.call().id(), round.fundedId())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(round.fundedId()))
			.andExpect(jsonPath("$.fundingWithdrawnAt", notNullValue()))
			.andExpect(jsonPath("$.fundingWithdrawalReason").value("Our lead practitioner has left"));
		postJson(round.funded().lead(), "/api/calls/{c}/proposals/{p}/funding-withdrawal", "{\"reason\":\"Again\"}",
				round.call().id(), round.fundedId())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("This proposal has already withdrawn from its funding"));

		postJson(round.manager(), "/api/calls/{c}/proposals/{p}/promotion", "{}", round.call().id(), round.reserveId())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decision").value("FUND"))
			.andExpect(jsonPath("$.promotedAt", notNullValue()));
	}

	@Test
	void whenAFundedProposalWithdrawsItsProjectIsClosedWithTheReasonAndItsMembersAreTold() throws Exception {
		Round round = aReleasedRound();
		Map<String, Object> project = jdbc.queryForMap("select id, status, cohort_id from project where proposal_id = ?", round.fundedId());
		assertThat(project.get("status")).isEqualTo("FORMING");
		assertThat(((Number) project.get("cohort_id")).longValue()).isEqualTo(round.call().cohortId());
		Long projectId = ((Number) project.get("id")).longValue();

		postJson(round.funded().lead(), "/api/calls/{c}/proposals/{p}/funding-withdrawal",
				"{\"reason\":\"Our lead practitioner has left\"}", round.call().id(), round.fundedId())
			.andExpect(status().isOk());

		Map<String, Object> closed = jdbc.queryForMap("select status, closed_reason, closed_at from project where id = ?", projectId);
		assertThat(closed.get("status")).isEqualTo("CLOSED");
		assertThat(closed.get("closed_reason")).isEqualTo("Our lead practitioner has left");
		assertThat(closed.get("closed_at")).isNotNull();
		Message told = TestMailServer.awaitMessage(greenMail, round.member().email(), "Project closed");
		assertThat(TestMailServer.body(told)).contains("has withdrawn from its funding").contains("Our lead practitioner has left");
		mvc.perform(get("/projects/{id}", projectId).with(user(round.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("because the proposal that funded it withdrew from its funding")))
			.andExpect(content().string(containsString("The reason given: Our lead practitioner has left")));
		mvc.perform(get("/projects/{id}", projectId).with(user(round.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"project-closed\"")));
	}
}
