package org.practiceexchange.call;

import java.util.List;
import java.util.Map;

import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.browser.FormErrorPages;
import org.practiceexchange.call.CallFixtures.Partnership;
import org.springframework.stereotype.Component;

/** A call's management page and a review, each form sent with bad input. */
@Component
class CallFormErrorPages implements FormErrorPages {

	private final CallFixtures fixtures;

	private final AccountFixtures accounts;

	private final CallService calls;

	private final DecisionService decisions;

	private final java.time.Clock clock;

	CallFormErrorPages(CallFixtures fixtures, AccountFixtures accounts, CallService calls, DecisionService decisions,
			java.time.Clock clock) {
		this.clock = clock;
		this.fixtures = fixtures;
		this.accounts = accounts;
		this.calls = calls;
		this.decisions = decisions;
	}

	@Override
	public List<BadInput> badInputs() {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		Long first = fixtures.aSubmittedProposal(partnership, call);
		Long second = fixtures.aSubmittedProposal(fixtures.aPartnership(), call);
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation());
		SignedInPerson conflicted = fixtures.aReviewer(partnership.partners().get(0));
		SignedInPerson reviewer = fixtures.aReviewer();
		Long assignment = fixtures.assign(manager, second, reviewer);
		String page = "/manage/calls/" + call.id();
		// a released call (its deadline moved into the past, leaving the clock alone): withdraw the funded one, promote the reserve
		CallView released = fixtures.anOpenCall(2, 1);
		Partnership fundedPartnership = fixtures.aPartnership();
		Long funded = fixtures.aSubmittedProposal(fundedPartnership, released);
		Long reserve = fixtures.aSubmittedProposal(fixtures.aPartnership(), released);
		calls.reschedule(released.id(), released.opensAt(), clock.instant().minusSeconds(60));
		decisions.decide(manager.id(), funded, Decision.FUND, null);
		decisions.decide(manager.id(), reserve, Decision.RESERVE, null);
		decisions.release(released.id());
		String releasedPage = "/manage/calls/" + released.id();
		return List.of(
				new BadInput(manager.email(), page, Map.of("spread-reviewersPerProposal", "two", "spread-cap", "0"),
						"#spread-form button[type=submit]"),
				new BadInput(manager.email(), page, Map.of("assign-proposalId", first.toString(), "assign-reviewerId",
						conflicted.id().toString()), "#assign-form button[type=submit]"),
				new BadInput(manager.email(), page, Map.of("moderation-" + second + "-score", "four", "moderation-" + second + "-reason", ""),
						"#moderation-" + second + "-form button[type=submit]"),
				new BadInput(manager.email(), page, Map.of("decision-" + first + "-feedback", "A convincing partnership"),
						"#decision-" + first + "-form button[type=submit]"),
				new BadInput(manager.email(), page, Map.of("extend-closesAt", "", "extend-reason", "A typed reason"),
						"#extend-form button[type=submit]"),
				new BadInput(manager.email(), page, Map.of("close-reason", ""), "#close-form button[type=submit]"),
				new BadInput(manager.email(), releasedPage, Map.of("withdrawal-" + funded + "-reason", ""),
						"#withdrawal-" + funded + "-form button[type=submit]"),
				new BadInput(fundedPartnership.lead().email(), "/proposals/" + funded, Map.of("withdrawFunding-reason", ""),
						"#withdrawFunding-form button[type=submit]"),
				new BadInput(reviewer.email(), "/reviews/" + assignment, Map.of("conflict-reason", ""),
						"#conflict-form button[type=submit]"));
	}
}
