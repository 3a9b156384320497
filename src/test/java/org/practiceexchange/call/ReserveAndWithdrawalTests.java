package org.practiceexchange.call;

import java.util.List;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** After the release: a funded proposal withdraws with a reason, and a reserve is funded in its place within the capacity. */
@IntegrationTest
@RecordApplicationEvents
class ReserveAndWithdrawalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CallFixtures fixtures;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	DecisionService decisions;

	@Autowired
	GreenMail greenMail;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	/** A call that funds one: one funded, two in reserve, one declined, decisions released. */
	record Round(CallView call, SignedInPerson manager, Partnership funded, Long fundedId, Partnership reserve, Long reserveId,
			Long secondReserveId, Long declinedId) {
	}

	Round aReleasedRound() {
		CallView call = fixtures.anOpenCall(2, 1);
		Partnership funded = fixtures.aPartnership();
		Partnership reserve = fixtures.aPartnership();
		Long fundedId = fixtures.aSubmittedProposal(funded, call);
		Long reserveId = fixtures.aSubmittedProposal(reserve, call);
		Long secondReserveId = fixtures.aSubmittedProposal(fixtures.aPartnership(), call);
		Long declinedId = fixtures.aSubmittedProposal(fixtures.aPartnership(), call);
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation());
		fixtures.pastTheDeadlineOf(call);
		decisions.decide(manager.id(), fundedId, Decision.FUND, null);
		decisions.decide(manager.id(), reserveId, Decision.RESERVE, null);
		decisions.decide(manager.id(), secondReserveId, Decision.RESERVE, null);
		decisions.decide(manager.id(), declinedId, Decision.DECLINE, null);
		decisions.release(call.id());
		return new Round(call, manager, funded, fundedId, reserve, reserveId, secondReserveId, declinedId);
	}

	String promote(Round round, Long proposalId) throws Exception {
		Object problem = mvc.perform(post("/manage/calls/{c}/proposals/{p}/promotion", round.call().id(), proposalId)
				.with(user(round.manager())).with(csrf()))
			.andExpect(redirectedUrl("/manage/calls/" + round.call().id()))
			.andReturn().getFlashMap().get("problem");
		return problem == null ? null : problem.toString();
	}

	@Test
	void aReserveIsNotPromotedWhileEveryPlaceIsFunded() throws Exception {
		Round round = aReleasedRound();
		assertThat(promote(round, round.reserveId())).contains("can fund 1 projects and 1 are funded");
		assertThat(decisionOf(round.reserveId())).isEqualTo("RESERVE");
		assertThat(events.stream(ProposalFunded.class).filter(e -> e.proposalId().equals(round.reserveId()))).isEmpty();
	}

	@Test
	void onlyAReserveIsPromotedAndOnlyAfterTheRelease() throws Exception {
		Round round = aReleasedRound();
		withdrawAsLead(round, "Our lead practitioner has left");
		assertThat(promote(round, round.declinedId())).contains("Only a proposal held in reserve can be promoted");
		assertThat(promote(round, round.fundedId())).contains("Only a proposal held in reserve can be promoted");
		assertThat(decisionOf(round.declinedId())).isEqualTo("DECLINE");

		CallView open = fixtures.anOpenCall(2, 1);
		Long early = fixtures.aSubmittedProposal(fixtures.aPartnership(), open);
		fixtures.pastTheDeadlineOf(open);
		decisions.decide(round.manager().id(), early, Decision.RESERVE, null);
		Object problem = mvc.perform(post("/manage/calls/{c}/proposals/{p}/promotion", open.id(), early)
				.with(user(round.manager())).with(csrf()))
			.andReturn().getFlashMap().get("problem");
		assertThat(problem.toString()).contains("once the decisions are released");
	}

	@Test
	void whenAFundedProposalWithdrawsAReserveIsFundedInItsPlaceWithItsEmailsAndBecomesAProject() throws Exception {
		Round round = aReleasedRound();
		withdrawAsLead(round, "Our lead practitioner has left");

		Message withdrawn = TestMailServer.awaitMessage(greenMail, round.funded().partnerLeads().get(0).email(), "Funding withdrawn");
		assertThat(TestMailServer.body(withdrawn)).contains("Our lead practitioner has left");
		TestMailServer.awaitMessage(greenMail, round.funded().lead().email(), "Funding withdrawn");
		assertThat(events.stream(FundedProposalWithdrawn.class).filter(e -> e.proposalId().equals(round.fundedId())))
			.singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("Our lead practitioner has left"));
		mvc.perform(get("/manage/calls/{id}", round.call().id()).with(user(round.manager())))
			.andExpect(content().string(containsString("Withdrawn from its funding. The reason given: Our lead practitioner has left")))
			.andExpect(content().string(containsString("id=\"promotion-" + round.reserveId() + "-form\"")));

		assertThat(promote(round, round.reserveId())).isNull();
		assertThat(decisionOf(round.reserveId())).isEqualTo("FUND");
		Message toLead = TestMailServer.awaitMessage(greenMail, round.reserve().lead().email(), "Funded from the reserve list");
		assertThat(TestMailServer.body(toLead)).contains("has now been funded");
		TestMailServer.awaitMessage(greenMail, round.reserve().partnerLeads().get(0).email(), "Funded from the reserve list");
		TestMailServer.awaitMessage(greenMail, round.reserve().partnerLeads().get(1).email(), "Funded from the reserve list");
		assertThat(events.stream(ProposalFunded.class).filter(e -> e.proposalId().equals(round.reserveId())))
			.singleElement().satisfies(e -> {
				assertThat(e.callId()).isEqualTo(round.call().id());
				assertThat(e.leadPersonId()).isEqualTo(round.reserve().lead().id());
				assertThat(e.partnerOrganisationIds()).containsExactlyElementsOf(round.reserve().partnerIds());
			});
		mvc.perform(get("/proposals/{id}", round.reserveId()).with(user(round.reserve().lead())))
			.andExpect(content().string(containsString("Funded from the reserve list.")));

		// the place is taken again: the second reserve waits
		assertThat(promote(round, round.secondReserveId())).contains("can fund 1 projects and 1 are funded");

		List<String> actions = jdbc.queryForList("select action from audit_event where record_type = 'Proposal' and record_id in (?, ?)"
				+ " and action in ('PROPOSAL_FUNDING_WITHDRAWN', 'PROPOSAL_PROMOTED') order by id", String.class,
				round.fundedId(), round.reserveId());
		assertThat(actions).containsExactly("PROPOSAL_FUNDING_WITHDRAWN", "PROPOSAL_PROMOTED");
	}

	@Test
	void aWithdrawalNeedsAReasonAndComesOnlyFromTheLeadOrganisationOrTheManager() throws Exception {
		Round round = aReleasedRound();
		mvc.perform(post("/proposals/{id}/funding-withdrawal", round.fundedId()).param("reason", " ")
				.with(user(round.funded().lead())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"withdrawFunding-reason-error\"")))
			.andExpect(content().string(containsString("Enter the reason for withdrawing")));
		mvc.perform(post("/proposals/{id}/funding-withdrawal", round.fundedId()).param("reason", "Not ours to withdraw")
				.with(user(round.funded().partnerLeads().get(0))).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/proposals/{id}/funding-withdrawal", round.fundedId()).param("reason", "Someone else's")
				.with(user(round.reserve().lead())).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/proposals/{id}/funding-withdrawal", round.fundedId()).param("reason", "No token")
				.with(user(round.funded().lead())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/manage/calls/{c}/proposals/{p}/funding-withdrawal", round.call().id(), round.fundedId())
				.param("reason", "").with(user(round.manager())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"withdrawal-" + round.fundedId() + "-reason-error\"")));
		assertThat(events.stream(FundedProposalWithdrawn.class)).isEmpty();

		// a reserve holds no funding to withdraw from; the manager may withdraw the funded one
		mvc.perform(post("/proposals/{id}/funding-withdrawal", round.reserveId()).param("reason", "Nothing to withdraw")
				.with(user(round.reserve().lead())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Only a funded proposal")));
		mvc.perform(post("/manage/calls/{c}/proposals/{p}/funding-withdrawal", round.call().id(), round.fundedId())
				.param("reason", "The lead provider has closed").with(user(round.manager())).with(csrf()))
			.andExpect(redirectedUrl("/manage/calls/" + round.call().id()))
			.andExpect(flash().attributeExists("flash"));
		mvc.perform(post("/proposals/{id}/funding-withdrawal", round.fundedId()).param("reason", "Twice")
				.with(user(round.funded().lead())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("already withdrawn from its funding")));
		mvc.perform(get("/proposals/{id}", round.fundedId()).with(user(round.funded().lead())))
			.andExpect(content().string(containsString("The reason given: The lead provider has closed")));
	}

	private void withdrawAsLead(Round round, String reason) throws Exception {
		mvc.perform(post("/proposals/{id}/funding-withdrawal", round.fundedId()).param("reason", reason)
				.with(user(round.funded().lead())).with(csrf()))
			.andExpect(redirectedUrl("/proposals/" + round.fundedId()));
	}

	private String decisionOf(Long proposalId) {
		return jdbc.queryForObject("select decision from proposal where id = ?", String.class, proposalId);
	}
}
